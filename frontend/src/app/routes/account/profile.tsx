import { createLazyRoute } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { Alert } from '@/components/ui/alert'
import { ProfileWorkspace } from '@/features/profile/components/profile-workspace'
import { RequireRole } from '../../components/require-role'

export const Route = createLazyRoute('/_signedIn/profile')({ component: ProfilePage })

function ProfilePage() {
  const { t } = useTranslation()
  const { welcome } = Route.useSearch()
  // the energy profile and its targets are a member's: other roles never ask for them
  return (
    <RequireRole roles={['MEMBER']}>
      {() => (
        <>
          <PageHeader title={t('profile.title')} description={t('profile.description')} />
          {welcome && (
            <Alert tone="success" className="mb-6" data-testid="welcome">
              {t('profile.welcome')}
            </Alert>
          )}
          <ProfileWorkspace />
        </>
      )}
    </RequireRole>
  )
}
