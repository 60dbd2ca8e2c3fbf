import { createLazyRoute } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { Alert } from '@/components/ui/alert'
import { MyPlan } from '@/features/billing/components/my-plan'

export const Route = createLazyRoute('/_signedIn/billing/success')({ component: CheckoutSuccessPage })

function CheckoutSuccessPage() {
  const { t } = useTranslation()
  return (
    <>
      <PageHeader title={t('billing.plan.title')} />
      <Alert tone="success" className="mb-4">
        {t('billing.plan.success')}
      </Alert>
      <MyPlan />
    </>
  )
}
