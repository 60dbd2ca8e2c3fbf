import { createRoute } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { ProfileWorkspace } from '@/features/profile/components/profile-workspace'
import { memberRoute } from './member'

export const profileRoute = createRoute({
  getParentRoute: () => memberRoute,
  path: 'profile',
  component: ProfilePage,
})

function ProfilePage() {
  const { t } = useTranslation()
  return (
    <>
      <PageHeader title={t('profile.title')} description={t('profile.description')} />
      <ProfileWorkspace />
    </>
  )
}

