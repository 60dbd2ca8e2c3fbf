import { createLazyRoute, Link, useNavigate } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { AuthCard } from '@/components/layout/auth-card'
import { Alert } from '@/components/ui/alert'
import { ResetPasswordForm } from '@/features/auth/components/reset-password-form'
import { authSession } from '@/lib/auth-session'
import { PublicMain } from '../../components/public-main'

export const Route = createLazyRoute('/reset-password')({ component: ResetPasswordPage })

function ResetPasswordPage() {
  const { t } = useTranslation()
  const { token } = Route.useSearch()
  const navigate = useNavigate()
  return (
    <PublicMain>
      <AuthCard
        title={t('auth.reset.title')}
        description={t('auth.reset.description')}
        footer={
          <Link to="/forgot-password" className="font-medium text-brand-700 hover:underline">
            {t('auth.reset.requestNew')}
          </Link>
        }
      >
        {token ? (
          <ResetPasswordForm
            token={token}
            onSuccess={() => {
              // Resetting revokes every session, including one open in this tab.
              authSession.signOut('password-changed')
              void navigate({ to: '/login', search: { reason: 'password-reset' } })
            }}
          />
        ) : (
          <Alert tone="warning">{t('auth.reset.missingToken')}</Alert>
        )}
      </AuthCard>
    </PublicMain>
  )
}
