import { createLazyRoute } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { AdminPayments } from '@/features/billing/components/admin-payments'
import { AdminBillingPage } from '../../components/admin-billing-page'

export const Route = createLazyRoute('/_signedIn/admin/payments')({ component: AdminPaymentsPage })

function AdminPaymentsPage() {
  const { t } = useTranslation()
  const { page, size, q, status } = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <AdminBillingPage title={t('billing.admin.paymentsTitle')} description={t('billing.admin.paymentsDescription')}>
      <AdminPayments
        query={{ page: page - 1, size, q, status }}
        onQueryChange={(query) => void navigate({ search: { page: query.page + 1, size: query.size, q: query.q, status: query.status } })}
      />
    </AdminBillingPage>
  )
}
