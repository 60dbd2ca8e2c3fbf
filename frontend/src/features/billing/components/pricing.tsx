import { Link } from '@tanstack/react-router'
import { Check } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { errorMessage } from '@/lib/form-errors'
import { formatMoney } from '@/lib/format'
import { type Plan, useCheckout, usePlans } from '../api/billing'
import { isPlanPeriod, memberFeatures } from '../utils/plan-labels'

type PricingProps = { signedIn: boolean; currentPlanId?: string; canChange?: boolean; onSignIn: () => void }

/**
 * The plans on offer; subscribing opens the gateway's checkout page. A member who already
 * has a plan changes to another one on their plan page, where the change is explained and
 * confirmed (a second checkout would be refused).
 */
export function Pricing({ signedIn, currentPlanId, canChange = false, onSignIn }: PricingProps) {
  const { t, i18n } = useTranslation()
  const plans = usePlans()
  const checkout = useCheckout()
  if (plans.isPending) return <p className="text-sm text-muted">{t('common.loading')}</p>
  if (plans.isError) return <Alert tone="danger">{errorMessage(plans.error, t)}</Alert>
  if (plans.data.length === 0) return <Alert>{t('billing.pricing.empty')}</Alert>
  const per = (plan: Plan) =>
    isPlanPeriod(plan.period)
      ? t(`billing.pricing.perPeriod.${plan.period}`)
      : t('billing.pricing.perPeriod.other', { period: plan.period })
  return (
    <>
      {checkout.isError && (
        <Alert tone="danger" className="mb-4">
          {errorMessage(checkout.error, t)}
        </Alert>
      )}
      <div className="grid gap-4 md:grid-cols-3">
        {plans.data.map((plan) => (
          <Card key={plan.id} data-testid={`plan-${plan.code}`}>
            <CardHeader>
              <CardTitle>{plan.name}</CardTitle>
              <CardDescription>{plan.description}</CardDescription>
            </CardHeader>
            <CardContent className="space-y-4">
              <p>
                <span className="text-3xl font-semibold">{formatMoney(plan.price.amount, plan.price.currency, i18n.language)}</span>{' '}
                <span className="text-sm text-muted">{per(plan)}</span>
              </p>
              {plan.trialDays > 0 && <p className="text-sm text-brand-700">{t('billing.pricing.trial', { days: plan.trialDays })}</p>}
              <ul className="space-y-1 text-sm">
                {memberFeatures(plan.features).map((feature) => (
                  <li key={feature} className="flex items-center gap-2">
                    <Check className="size-4 text-brand-700" aria-hidden="true" /> {t(`billing.featureNames.${feature}`)}
                  </li>
                ))}
              </ul>
              {plan.id === currentPlanId ? (
                <p className="text-sm font-medium">{t('billing.pricing.current')}</p>
              ) : currentPlanId ? (
                <Button asChild variant="secondary" className="w-full">
                  {canChange ? (
                    <Link to="/billing" search={{ change: plan.id }} data-testid={`change-to-${plan.code}`}>
                      {t('billing.pricing.changeTo')}
                    </Link>
                  ) : (
                    <Link to="/billing" search={{}} data-testid={`manage-plan-${plan.code}`}>
                      {t('billing.pricing.managePlan')}
                    </Link>
                  )}
                </Button>
              ) : (
                <Button
                  className="w-full"
                  pending={checkout.isPending && checkout.variables === plan.id}
                  data-testid={`subscribe-${plan.code}`}
                  onClick={() => {
                    if (!signedIn) return onSignIn()
                    checkout.mutate(plan.id, { onSuccess: (session) => window.location.assign(session.checkoutUrl) })
                  }}
                >
                  {signedIn ? t('billing.pricing.subscribe') : t('billing.pricing.signIn')}
                </Button>
              )}
            </CardContent>
          </Card>
        ))}
      </div>
    </>
  )
}
