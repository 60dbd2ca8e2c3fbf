import { useMutation } from '@tanstack/react-query'
import { createLazyRoute } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { AuthCard } from '@/components/layout/auth-card'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { unsubscribe } from '@/features/notifications/api/preferences'
import { errorMessage } from '@/lib/form-errors'

export const Route = createLazyRoute('/unsubscribe')({ component: UnsubscribePage })

/** Where an email's unsubscribe link lands; works without signing in (the token is the credential). */
function UnsubscribePage() {
  const { t } = useTranslation()
  const { token } = Route.useSearch()
  const stop = useMutation({ mutationFn: () => unsubscribe(token ?? '') })
  return (
    <AuthCard title={t('notifications.unsubscribe.title')}>
      <div className="grid gap-4">
        {!token && <Alert tone="danger">{t('notifications.unsubscribe.missing')}</Alert>}
        {stop.isError && <Alert tone="danger">{errorMessage(stop.error, t)}</Alert>}
        {stop.isSuccess ? (
          <Alert tone="success">{t('notifications.unsubscribe.done', { kind: t(`notifications.kinds.${stop.data.kind}`) })}</Alert>
        ) : (
          <Button onClick={() => stop.mutate()} disabled={!token} pending={stop.isPending}>
            {t('notifications.unsubscribe.confirm')}
          </Button>
        )}
      </div>
    </AuthCard>
  )
}
