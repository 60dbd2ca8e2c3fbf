import { createLazyRoute } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { ProfileWorkspace } from '@/features/profile/components/profile-workspace'

export const Route = createLazyRoute('/_signedIn/profile')({ component: ProfilePage })

function ProfilePage() {
  const { t } = useTranslation()
  return (
    <>
      <PageHeader title={t('profile.title')} description={t('profile.description')} />
      <ProfileWorkspace />
    </>
  )
}
