import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { errorMessage, toFormErrors } from '@/lib/form-errors'
import { formatMoney, usePaySandbox, useSandboxSession } from '../api/billing'

const fields = ['cardNumber', 'expMonth', 'expYear', 'cvc'] as const

/** The sandbox gateway's hosted checkout: a card form and the test cards to use. */
export function SandboxCheckout({ sessionId }: { sessionId: string }) {
  const { t, i18n } = useTranslation()
  const session = useSandboxSession(sessionId)
  const pay = usePaySandbox(sessionId)
  const [card, setCard] = useState({ cardNumber: '', expMonth: '12', expYear: String(new Date().getFullYear() + 3), cvc: '' })
  if (session.isPending) return <p className="text-sm text-muted">{t('common.loading')}</p>
  if (session.isError) return <Alert tone="danger">{errorMessage(session.error, t)}</Alert>
  const s = session.data
  const errors = pay.isError ? toFormErrors(pay.error, fields, t) : null
  const submit = (event: FormEvent) => {
    event.preventDefault()
    pay.mutate(
      { cardNumber: card.cardNumber, expMonth: Number(card.expMonth), expYear: Number(card.expYear), cvc: card.cvc },
      { onSuccess: (done) => window.location.assign(done.successUrl) },
    )
  }
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
          {errors?.form && (
            <Alert tone="danger" className="mb-4" data-testid="checkout-error">
              {errors.form}
            </Alert>
          )}
          <form onSubmit={submit} className="space-y-4" noValidate>
            <FormField label={t('billing.checkout.cardNumber')} error={errors?.fields.cardNumber}>
              <Input
                name="cardNumber"
                inputMode="numeric"
                autoComplete="cc-number"
                placeholder="4242 4242 4242 4242"
                value={card.cardNumber}
                onChange={(e) => setCard({ ...card, cardNumber: e.target.value })}
              />
            </FormField>
            <div className="grid grid-cols-3 gap-3">
              <FormField label={t('billing.checkout.expMonth')} error={errors?.fields.expMonth}>
                <Input
                  name="expMonth"
                  inputMode="numeric"
                  value={card.expMonth}
                  onChange={(e) => setCard({ ...card, expMonth: e.target.value })}
                />
              </FormField>
              <FormField label={t('billing.checkout.expYear')} error={errors?.fields.expYear}>
                <Input
                  name="expYear"
                  inputMode="numeric"
                  value={card.expYear}
                  onChange={(e) => setCard({ ...card, expYear: e.target.value })}
                />
              </FormField>
              <FormField label={t('billing.checkout.cvc')} error={errors?.fields.cvc}>
                <Input
                  name="cvc"
                  inputMode="numeric"
                  autoComplete="cc-csc"
                  value={card.cvc}
                  onChange={(e) => setCard({ ...card, cvc: e.target.value })}
                />
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
                  onClick={() => setCard({ ...card, cardNumber: test.number, cvc: card.cvc || '123' })}
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
