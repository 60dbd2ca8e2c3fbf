import { createLazyRoute, Link, useNavigate } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { AuthCard } from '@/components/layout/auth-card'
import { RegisterForm } from '@/features/auth/components/register-form'
import { PublicMain } from '../../components/public-main'

export const Route = createLazyRoute('/register')({ component: RegisterPage })

function RegisterPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <PublicMain>
      <AuthCard
        title={t('auth.register.title')}
        description={t('auth.register.description')}
        footer={
          <>
            {t('auth.register.haveAccount')}{' '}
            <Link to="/login" className="font-medium text-brand-700 hover:underline">
              {t('auth.register.signIn')}
            </Link>
          </>
        }
      >
        <RegisterForm
          onSuccess={({ signedIn }) =>
            void (signedIn
              ? navigate({ to: '/profile', search: { welcome: true } })
              : navigate({ to: '/login', search: { reason: 'registered' } }))
          }
        />
      </AuthCard>
    </PublicMain>
  )
}
