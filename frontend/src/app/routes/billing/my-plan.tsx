import { createLazyRoute } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { MyPlan } from '@/features/billing/components/my-plan'

export const Route = createLazyRoute('/_signedIn/billing')({ component: MyPlanPage })

function MyPlanPage() {
  const { t } = useTranslation()
  const { change } = Route.useSearch()
  return (
    <>
      <PageHeader title={t('billing.plan.title')} />
      <MyPlan changeTo={change} />
    </>
  )
}
