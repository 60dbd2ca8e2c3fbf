import { createLazyRoute } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { KpiOverview } from '@/features/reporting/components/kpi-overview'
import { ReportsPanel } from '@/features/reporting/components/reports-panel'
import { RequireRole } from '../../components/require-role'

export const Route = createLazyRoute('/_signedIn/admin')({ component: AdminHomePage })

function AdminHomePage() {
  const { t } = useTranslation()
  return (
    <RequireRole roles={['ADMIN']}>
      {() => (
        <>
          <PageHeader title={t('reporting.title')} description={t('reporting.description')} />
          <div className="space-y-6">
            <KpiOverview />
            <ReportsPanel />
          </div>
        </>
      )}
    </RequireRole>
  )
}
