import { createLazyRoute, Link, useNavigate } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { AuthCard } from '@/components/layout/auth-card'
import { Alert } from '@/components/ui/alert'
import { LoginForm } from '@/features/auth/components/login-form'
import { PublicMain } from '../../components/public-main'

export const Route = createLazyRoute('/login')({ component: LoginPage })

function LoginPage() {
  const { t } = useTranslation()
  const { redirect: to, reason } = Route.useSearch()
  const navigate = useNavigate()
  return (
    <PublicMain>
      <AuthCard
        title={t('auth.login.title')}
        description={t('auth.login.description')}
        footer={
          <>
            {t('auth.login.noAccount')}{' '}
            <Link to="/register" className="font-medium text-brand-700 hover:underline">
              {t('auth.login.createAccount')}
            </Link>
          </>
        }
      >
        {reason && (
          <Alert tone={reason === 'session-expired' ? 'warning' : 'success'} className="mb-5">
            {t(`auth.login.reasons.${reason}`)}
          </Alert>
        )}
        <LoginForm onSuccess={() => void navigate({ to: to ?? '/', replace: true })} />
      </AuthCard>
    </PublicMain>
  )
}
