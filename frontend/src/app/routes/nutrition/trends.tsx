import { createLazyRoute } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { TrendsView } from '@/features/nutrition/components/trends-view'

export const Route = createLazyRoute('/_signedIn/trends')({ component: TrendsPage })

function TrendsPage() {
  const { t } = useTranslation()
  const { range } = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <>
      <PageHeader title={t('nutrition.trendsTitle')} description={t('nutrition.trendsDescription')} />
      <TrendsView range={range} onRangeChange={(next) => void navigate({ search: { range: next } })} />
    </>
  )
}
