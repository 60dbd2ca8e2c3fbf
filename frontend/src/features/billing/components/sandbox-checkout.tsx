import { zodResolver } from '@hookform/resolvers/zod'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { parseDecimal } from '@/lib/decimal'
import { applyServerErrors, errorMessage } from '@/lib/form-errors'
import { formatMoney } from '@/lib/format'
import { requiredText } from '@/lib/schemas'
import { useForm } from '@/lib/use-form'
import { usePaySandbox, useSandboxSession } from '../api/billing'

/** What can be told before asking the gateway; it checks the card itself (test cards, Luhn, expiry). */
function cardSchema(t: TFunction) {
  const month = t('validation.range', { min: 1, max: 12, unit: '' })
  return z.object({
    cardNumber: requiredText(t).refine(
      (text) => /^\d{12,19}$/.test(text.replace(/[\s-]/g, '')),
      t('violations.cardNumber.INVALID_CARD_NUMBER'),
    ),
    expMonth: z
      .string()
      .transform(parseDecimal)
      .pipe(z.number({ error: month }).int(month).min(1, month).max(12, month)),
    expYear: z
      .string()
      .transform(parseDecimal)
      .pipe(
        z
          .number({ error: t('validation.number') })
          .int(t('validation.number'))
          .min(new Date().getFullYear(), t('violations.expYear.INVALID_YEAR')),
      ),
    cvc: requiredText(t).regex(/^\d{3,4}$/, t('violations.cvc.INVALID_CVC')),
  })
}

/** The sandbox gateway's hosted checkout: a card form and the test cards to use. */
export function SandboxCheckout({ sessionId }: { sessionId: string }) {
  const { t, i18n } = useTranslation()
  const session = useSandboxSession(sessionId)
  const pay = usePaySandbox(sessionId)
  const form = useForm({
    resolver: zodResolver(cardSchema(t)),
    defaultValues: { cardNumber: '', expMonth: '12', expYear: String(new Date().getFullYear() + 3), cvc: '' },
  })
  const { errors } = form.formState
  if (session.isPending) return <p className="text-sm text-muted">{t('common.loading')}</p>
  if (session.isError) return <Alert tone="danger">{errorMessage(session.error, t)}</Alert>
  const s = session.data
  const submit = form.handleSubmit((card) =>
    pay.mutate(card, {
      onSuccess: (done) => window.location.assign(done.successUrl),
      onError: (error) => applyServerErrors(error, form, t),
    }),
  )
  const amount = formatMoney(s.amount, s.currency, i18n.language)
  return (
    <div className="mx-auto grid max-w-4xl gap-6 py-10 md:grid-cols-[1fr_320px]">
      <Card>
        <CardHeader>
          <CardTitle>{t('billing.checkout.title')}</CardTitle>
          <CardDescription>{t('billing.checkout.description')}</CardDescription>
        </CardHeader>
        <CardContent>
          <p className="mb-4 text-lg">
            <strong>{s.planName}</strong> · {amount}
          </p>
          {s.status !== 'open' && !pay.isSuccess && <Alert tone="warning">{t('billing.checkout.notOpen')}</Alert>}
          {pay.isSuccess && <Alert tone="success">{t('billing.checkout.paid')}</Alert>}
          {errors.root?.server && (
            <Alert tone="danger" className="mb-4" data-testid="checkout-error">
              {errors.root.server.message}
            </Alert>
          )}
          <form onSubmit={submit} className="space-y-4" noValidate>
            <FormField label={t('billing.checkout.cardNumber')} error={errors.cardNumber?.message}>
              <Input inputMode="numeric" autoComplete="cc-number" placeholder="4242 4242 4242 4242" {...form.register('cardNumber')} />
            </FormField>
            <div className="grid grid-cols-3 gap-3">
              <FormField label={t('billing.checkout.expMonth')} error={errors.expMonth?.message}>
                <Input inputMode="numeric" {...form.register('expMonth')} />
              </FormField>
              <FormField label={t('billing.checkout.expYear')} error={errors.expYear?.message}>
                <Input inputMode="numeric" {...form.register('expYear')} />
              </FormField>
              <FormField label={t('billing.checkout.cvc')} error={errors.cvc?.message}>
                <Input inputMode="numeric" autoComplete="cc-csc" {...form.register('cvc')} />
              </FormField>
            </div>
            <div className="flex flex-wrap items-center gap-3">
              <Button type="submit" pending={pay.isPending} disabled={s.status !== 'open'} data-testid="pay">
                {s.trialDays > 0 ? t('billing.checkout.start') : t('billing.checkout.pay', { amount })}
              </Button>
              <a href={s.cancelUrl} className="text-sm text-muted hover:underline">
                {t('billing.checkout.back')}
              </a>
            </div>
          </form>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t('billing.checkout.testCards')}</CardTitle>
        </CardHeader>
        <CardContent>
          <ul className="space-y-2 text-sm">
            {s.testCards.map((test) => (
              <li key={test.number}>
                <button
                  type="button"
                  className="font-mono text-brand-700 hover:underline"
                  onClick={() => {
                    form.setValue('cardNumber', test.number)
                    if (!form.getValues('cvc')) form.setValue('cvc', '123')
                  }}
                >
                  {test.number}
                </button>{' '}
                <span className="text-muted">— {t(`billing.checkout.outcomes.${test.outcome as 'SUCCEEDS'}`)}</span>
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>
    </div>
  )
}
