import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { errorMessage } from '@/lib/form-errors'
import { channels, kinds, usePreferences, useSetPreference } from '../api/preferences'
import { DevicePushSwitch } from './device-push-switch'

/**
 * Which notifications the member gets in the app, by email and as push notifications (on the devices
 * where push is on); payment messages are always on.
 */
export function PreferencesCard() {
  const { t } = useTranslation()
  const preferences = usePreferences()
  const set = useSetPreference()
  const enabled = (kind: string, channel: string) =>
    preferences.data?.find((preference) => preference.kind === kind && preference.channel === channel)

  return (
    <Card aria-labelledby="notification-preferences-title">
      <CardHeader>
        <CardTitle id="notification-preferences-title">{t('notifications.preferences.title')}</CardTitle>
        <CardDescription>{t('notifications.preferences.hint')}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        <DevicePushSwitch />
        {(preferences.isError || set.isError) && <Alert tone="danger">{errorMessage(preferences.error ?? set.error, t)}</Alert>}
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left text-muted">
              <th className="py-2 font-medium">{t('notifications.preferences.kind')}</th>
              {channels.map((channel) => (
                <th key={channel} className="w-16 py-2 text-center font-medium sm:w-20">
                  {t(`notifications.channels.${channel}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {kinds.map((kind) => (
              <tr key={kind} className="border-t border-line">
                <td className="py-2 pr-2">
                  {t(`notifications.kinds.${kind}`)}
                  {enabled(kind, 'EMAIL')?.locked && (
                    <span className="block text-xs text-muted">{t('notifications.preferences.locked')}</span>
                  )}
                </td>
                {channels.map((channel) => {
                  const preference = enabled(kind, channel)
                  return (
                    <td key={channel} className="py-2 text-center">
                      <input
                        type="checkbox"
                        className="size-4 accent-brand-700"
                        aria-label={`${t(`notifications.kinds.${kind}`)} · ${t(`notifications.channels.${channel}`)}`}
                        checked={preference?.enabled ?? false}
                        disabled={!preference || preference.locked || set.isPending}
                        onChange={(event) => set.mutate({ kind, channel, enabled: event.target.checked })}
                      />
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </CardContent>
    </Card>
  )
}
