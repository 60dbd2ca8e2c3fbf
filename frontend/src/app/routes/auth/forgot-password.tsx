import { createLazyRoute, Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { AuthCard } from '@/components/layout/auth-card'
import { ForgotPasswordForm } from '@/features/auth/components/forgot-password-form'
import { PublicMain } from '../../components/public-main'

export const Route = createLazyRoute('/forgot-password')({ component: ForgotPasswordPage })

function ForgotPasswordPage() {
  const { t } = useTranslation()
  return (
    <PublicMain>
      <AuthCard
        title={t('auth.forgot.title')}
        description={t('auth.forgot.description')}
        footer={
          <Link to="/login" className="font-medium text-brand-700 hover:underline">
            {t('auth.backToLogin')}
          </Link>
        }
      >
        <ForgotPasswordForm />
      </AuthCard>
    </PublicMain>
  )
}
