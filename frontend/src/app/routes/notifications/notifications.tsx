import { createLazyRoute } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { NotificationList } from '@/features/notifications/components/notification-list'

export const Route = createLazyRoute('/_signedIn/notifications')({ component: NotificationsPage })

function NotificationsPage() {
  const { t } = useTranslation()
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <>
      <PageHeader title={t('notifications.title')} />
      <NotificationList unread={search.unread} page={search.page} onChange={(next) => void navigate({ search: next })} />
    </>
  )
}
