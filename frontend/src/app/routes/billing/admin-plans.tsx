import { createLazyRoute } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { AdminPlans } from '@/features/billing/components/admin-plans'
import { RequireRole } from '../../components/require-role'

export const Route = createLazyRoute('/_signedIn/admin/plans')({ component: AdminPlansPage })

function AdminPlansPage() {
  const { t } = useTranslation()
  return (
    <RequireRole roles={['ADMIN']}>
      {() => (
        <>
          <PageHeader title={t('billing.admin.plansTitle')} description={t('billing.admin.plansDescription')} />
          <AdminPlans />
        </>
      )}
    </RequireRole>
  )
}
