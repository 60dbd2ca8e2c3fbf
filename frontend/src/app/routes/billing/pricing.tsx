import { createLazyRoute, useNavigate } from '@tanstack/react-router'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { Alert } from '@/components/ui/alert'
import { Loading } from '@/components/ui/query-state'
import { useSubscription } from '@/features/billing/api/billing'
import { Pricing } from '@/features/billing/components/pricing'
import { restoreSession, useAuthSession } from '@/lib/auth-session'

export const Route = createLazyRoute('/pricing')({ component: PricingPage })

function PricingPage() {
  const { t } = useTranslation()
  const session = useAuthSession()
  const signedIn = session.status === 'authenticated'
  const navigate = useNavigate()
  const { checkout } = Route.useSearch()
  // a reload starts with the session unknown: restore it before offering "sign in"
  useEffect(() => void restoreSession(), [])
  return (
    <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6 sm:py-10">
      <PageHeader title={t('billing.pricing.title')} description={t('billing.pricing.description')} />
      {checkout === 'cancelled' && <Alert className="mb-4">{t('billing.pricing.cancelled')}</Alert>}
      {session.status === 'restoring' ? (
        <Loading />
      ) : signedIn ? (
        <SignedInPricing />
      ) : (
        <Pricing signedIn={false} onSignIn={() => void navigate({ to: '/login', search: { redirect: '/pricing' } })} />
      )}
    </main>
  )
}

function SignedInPricing() {
  const subscription = useSubscription()
  const status = subscription.data?.status
  const live = status != null && status !== 'NONE' && status !== 'EXPIRED'
  return (
    <Pricing
      signedIn
      currentPlanId={live ? subscription.data?.plan?.id : undefined}
      // a plan set to end, or with a charge to retry, is resumed or paid first, on the plan page
      canChange={status === 'ACTIVE' || status === 'TRIALING'}
      onSignIn={() => undefined}
    />
  )
}
