import { Laptop, Smartphone, Tablet } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Badge } from '@/components/ui/badge'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { ConfirmButton } from '@/components/ui/confirm-button'
import { Loading, QueryError } from '@/components/ui/query-state'
import { useAuthSession } from '@/lib/auth-session'
import { formatDateTime } from '@/lib/format'
import { useSessions, useSignOutOthers, useSignOutSession } from '../api/sessions'
import { deviceLabel } from '../utils/device-label'

/** Where the account is signed in, with a way to sign out any other device, or all of them at once. */
export function SessionsCard() {
  const { t } = useTranslation()
  const sessions = useSessions()
  const signOut = useSignOutSession()
  const signOutOthers = useSignOutOthers()
  const others = sessions.data?.filter((session) => !session.current) ?? []
  // what a signed-out device already holds lasts as long as this one's access token (15 minutes by default)
  const { accessTokenTtl = 900 } = useAuthSession()
  return (
    <Card aria-labelledby="sessions-title" data-testid="sessions-card">
      <CardHeader>
        <CardTitle id="sessions-title">{t('settings.sessionsTitle')}</CardTitle>
        <CardDescription>{t('settings.sessionsHint', { count: Math.max(1, Math.ceil(accessTokenTtl / 60)) })}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {sessions.isPending && <Loading />}
        {sessions.isError && <QueryError error={sessions.error} />}
        {sessions.data && (
          <ul className="divide-y divide-line">
            {sessions.data.map((session) => (
              <li key={session.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 py-3 first:pt-0 last:pb-0" data-testid="session">
                <DeviceIcon os={session.os} />
                <div className="grid min-w-0 flex-1 gap-0.5 text-sm">
                  <span className="flex flex-wrap items-center gap-2 font-medium break-words">
                    {deviceLabel(session, t('settings.unknownDevice'))}
                    {session.current && <Badge tone="success">{t('settings.thisDevice')}</Badge>}
                  </span>
                  <span className="text-muted">{t('settings.signedInAt', { date: formatDateTime(session.signedInAt) })}</span>
                  <span className="text-muted">{t('settings.lastActiveAt', { date: formatDateTime(session.lastActiveAt) })}</span>
                </div>
                {!session.current && (
                  <ConfirmButton
                    confirmLabel={t('settings.signOutConfirm')}
                    keepLabel={t('settings.signOutKeep')}
                    pending={signOut.isPending && signOut.variables?.id === session.id}
                    onConfirm={() => signOut.mutate(session)}
                    data-testid="session-sign-out"
                  >
                    {t('settings.signOutDevice')}
                    <span className="sr-only"> {deviceLabel(session, t('settings.unknownDevice'))}</span>
                  </ConfirmButton>
                )}
              </li>
            ))}
          </ul>
        )}
        {signOut.isError && <QueryError error={signOut.error} />}
        {others.length > 1 && (
          <div>
            <ConfirmButton
              confirmLabel={t('settings.signOutConfirm')}
              keepLabel={t('settings.signOutKeep')}
              pending={signOutOthers.isPending}
              onConfirm={() => signOutOthers.mutate()}
              data-testid="sign-out-others"
            >
              {t('settings.signOutOthers', { count: others.length })}
            </ConfirmButton>
          </div>
        )}
        {signOutOthers.isSuccess && (
          <p role="status" className="text-sm text-muted">
            {t('settings.signedOutOthers', { count: signOutOthers.data.signedOut })}
          </p>
        )}
        {signOutOthers.isError && <QueryError error={signOutOthers.error} />}
      </CardContent>
    </Card>
  )
}

function DeviceIcon({ os }: { os: string | null }) {
  const Icon = os === 'Android' || os === 'iOS' ? Smartphone : os === 'iPadOS' ? Tablet : Laptop
  return <Icon aria-hidden="true" className="size-5 shrink-0 text-muted" />
}
