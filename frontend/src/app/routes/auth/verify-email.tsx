import { createLazyRoute, Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { AuthCard } from '@/components/layout/auth-card'
import { Alert } from '@/components/ui/alert'
import { buttonVariants } from '@/components/ui/button'
import { ResendVerificationButton } from '@/features/auth/components/resend-verification-button'
import { VerifyEmailStatus } from '@/features/auth/components/verify-email-status'
import { useAuthSession } from '@/lib/auth-session'
import { PublicMain } from '../../components/public-main'

export const Route = createLazyRoute('/verify-email')({ component: VerifyEmailPage })

function VerifyEmailPage() {
  const { t } = useTranslation()
  const { token } = Route.useSearch()
  const session = useAuthSession()
  const signedIn = session.status === 'authenticated'
  return (
    <PublicMain>
      <AuthCard title={t('auth.verify.title')}>
        <div className="grid gap-5">
          {token ? <VerifyEmailStatus token={token} /> : <Alert tone="warning">{t('auth.verify.missingToken')}</Alert>}
          {signedIn ? (
            <>
              <p className="text-sm text-muted">{t('auth.verify.resendHint')}</p>
              <ResendVerificationButton />
              <Link to="/profile" className={buttonVariants({ variant: 'link' })}>
                {t('auth.verify.continue')}
              </Link>
            </>
          ) : (
            <Link to="/login" className={buttonVariants({ variant: 'primary', size: 'lg' })}>
              {t('auth.verify.toLogin')}
            </Link>
          )}
        </div>
      </AuthCard>
    </PublicMain>
  )
}
