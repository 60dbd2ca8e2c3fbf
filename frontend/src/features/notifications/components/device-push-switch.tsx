import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Switch } from '@/components/ui/switch'
import { ApiError } from '@/lib/api-client'
import { errorMessage } from '@/lib/form-errors'
import { useDevicePush } from '../hooks/use-device-push'

/** Turns Web Push on or off for this browser, saying plainly when the browser cannot or may not show it. */
export function DevicePushSwitch() {
  const { t } = useTranslation()
  const id = useId()
  const push = useDevicePush()
  const available = push.state !== 'unsupported' && push.state !== 'denied' && push.state !== 'checking'
  const status = {
    checking: t('notifications.push.checking'),
    unsupported: t('notifications.push.unsupported'),
    denied: t('notifications.push.denied'),
    dismissed: t('notifications.push.dismissed'),
    off: t('notifications.push.off'),
    on: t('notifications.push.on'),
  }[push.state]
  const shown = push.pending && push.state !== 'on' ? t('notifications.push.asking') : status

  return (
    <div className="grid gap-3 border-b border-line pb-4" data-testid="device-push">
      <div className="flex items-start justify-between gap-4">
        <div className="grid gap-1 text-sm">
          <label id={`${id}-label`} htmlFor={`${id}-switch`} className="font-medium text-ink">
            {t('notifications.push.title')}
          </label>
          <p id={`${id}-status`} className="text-muted" aria-live="polite">
            {shown}
          </p>
        </div>
        <Switch
          id={`${id}-switch`}
          aria-describedby={`${id}-status`}
          checked={push.state === 'on'}
          disabled={!available || push.pending}
          onCheckedChange={(on) => void (on ? push.turnOn() : push.turnOff())}
          className="mt-0.5"
        />
      </div>
      {(push.state === 'unsupported' || push.state === 'denied') && (
        <Alert tone="warning">
          {push.state === 'denied' ? t('notifications.push.deniedHelp') : t('notifications.push.unsupportedHelp')}
        </Alert>
      )}
      {push.error != null && (
        <Alert tone="danger">{push.error instanceof ApiError ? errorMessage(push.error, t) : t('notifications.push.failed')}</Alert>
      )}
    </div>
  )
}
