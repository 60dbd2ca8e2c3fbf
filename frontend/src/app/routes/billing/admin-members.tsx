import { createLazyRoute } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { AdminMembers } from '@/features/billing/components/admin-members'
import { AdminBillingPage } from '../../components/admin-billing-page'

export const Route = createLazyRoute('/_signedIn/admin/members')({ component: AdminMembersPage })

function AdminMembersPage() {
  const { t } = useTranslation()
  const { page, size, q, status, sort } = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <AdminBillingPage title={t('billing.admin.membersTitle')} description={t('billing.admin.membersDescription')}>
      <AdminMembers
        query={{ page: page - 1, size, q, status, sort }}
        onQueryChange={(query) =>
          void navigate({ search: { page: query.page + 1, size: query.size, q: query.q, status: query.status, sort: query.sort } })
        }
      />
    </AdminBillingPage>
  )
}
