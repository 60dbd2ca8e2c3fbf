import { createLazyRoute } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { TrendsView } from '@/features/nutrition/components/trends-view'
import { WeeklySummaryCard } from '@/features/photos/components/weekly-summary-card'

export const Route = createLazyRoute('/_signedIn/trends')({ component: TrendsPage })

function TrendsPage() {
  const { t } = useTranslation()
  const { range } = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <>
      <PageHeader title={t('nutrition.trendsTitle')} description={t('nutrition.trendsDescription')} />
      <div className="mb-6">
        <WeeklySummaryCard />
      </div>
      <TrendsView range={range} onRangeChange={(next) => void navigate({ search: { range: next } })} />
    </>
  )
}
