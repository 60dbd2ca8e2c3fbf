import { Link } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'
import { ConfirmButton } from '@/components/ui/confirm-button'
import { ExportViewButton, withDetail } from '@/components/ui/export-view-button'
import { NativeSelect } from '@/components/ui/input'
import { errorMessage } from '@/lib/form-errors'
import { formatDate, formatMoney } from '@/lib/format'
import { saveFile } from '@/lib/save-file'
import { downloadReceipt, type Payment, useCancel, useChangePlan, usePayments, usePlans, useResume, useSubscription } from '../api/billing'
import { memberFeatures } from '../utils/plan-labels'
import { paymentStatusLabel } from '../utils/status-labels'
import { SubscriptionStatusBadge } from './status-badge'

const paidOn = (payment: Payment) => formatDate(payment.paidAt.slice(0, 10))

/**
 * The member's plan: status, dates, cancel / resume / change, and payment history with receipts.
 * `changeTo`: a plan picked on the pricing page, already chosen in the change control.
 */
export function MyPlan({ changeTo }: { changeTo?: string }) {
  const { t, i18n } = useTranslation()
  const subscription = useSubscription()
  const payments = usePayments()
  const plans = usePlans()
  const cancel = useCancel()
  const resume = useResume()
  const change = useChangePlan()
  const [picked, setPicked] = useState(changeTo ?? '')
  if (subscription.isPending) return <p className="text-sm text-muted">{t('common.loading')}</p>
  if (subscription.isError) return <Alert tone="danger">{errorMessage(subscription.error, t)}</Alert>
  const s = subscription.data
  const features = memberFeatures(s?.plan?.features ?? [])
  const actionError = cancel.error ?? resume.error ?? change.error
  const money = (amount: string, currency: string) => formatMoney(amount, currency, i18n.language)
  const refundNote = (payment: Payment) =>
    Number(payment.refundedAmount) > 0 && payment.status !== 'REFUNDED'
      ? t('billing.plan.refunded', { amount: money(payment.refundedAmount, payment.currency) })
      : null
  const others = (plans.data ?? []).filter((plan) => plan.id !== s.plan?.id)
  const target = others.some((plan) => plan.id === picked) ? picked : ''
  const pendingPlan = plans.data?.find((plan) => plan.id === s.pendingChange?.planId)
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader>
          <CardTitle className="flex flex-wrap items-center gap-3">
            {s.plan?.name ?? t('billing.plan.none')} <SubscriptionStatusBadge status={s.status} />
          </CardTitle>
        </CardHeader>
        <CardContent className="space-y-3 text-sm">
          {s.status === 'NONE' || s.status === 'EXPIRED' ? (
            <Button asChild>
              <Link to="/pricing">{t('billing.plan.seePlans')}</Link>
            </Button>
          ) : (
            <>
              {s.price && <p className="text-lg font-semibold">{money(s.price.amount, s.price.currency)}</p>}
              {s.currentPeriodEnd && (
                <p data-testid="period-end">
                  {s.status === 'TRIALING'
                    ? t('billing.plan.trialEnds', { date: formatDate(s.currentPeriodEnd.slice(0, 10)) })
                    : s.cancelAtPeriodEnd
                      ? t('billing.plan.ends', { date: formatDate(s.currentPeriodEnd.slice(0, 10)) })
                      : t('billing.plan.renews', { date: formatDate(s.currentPeriodEnd.slice(0, 10)) })}
                </p>
              )}
              {s.status === 'PAST_DUE' && s.nextRetryAt && (
                <Alert tone="warning">{t('billing.plan.retry', { date: formatDate(s.nextRetryAt.slice(0, 10)) })}</Alert>
              )}
              {s.pendingChange && s.price && (
                <p>
                  {t('billing.plan.pending', {
                    date: formatDate(s.pendingChange.from.slice(0, 10)),
                    plan: pendingPlan?.name ?? '',
                    amount: money(s.pendingChange.amount, s.price.currency),
                  })}
                </p>
              )}
              {features.length > 0 && (
                <p>
                  {t('billing.plan.features')}: {features.map((feature) => t(`billing.featureNames.${feature}`)).join(', ')}
                </p>
              )}
              {actionError && <Alert tone="danger">{errorMessage(actionError, t)}</Alert>}
              <div className="flex flex-wrap items-center gap-3 pt-2">
                {s.cancelAtPeriodEnd ? (
                  <Button
                    size="sm"
                    variant="secondary"
                    pending={resume.isPending}
                    onClick={() => resume.mutate(undefined)}
                    data-testid="resume"
                  >
                    {t('billing.plan.resume')}
                  </Button>
                ) : (
                  <ConfirmButton
                    confirmLabel={t('billing.plan.cancelConfirm')}
                    keepLabel={t('billing.plan.keep')}
                    pending={cancel.isPending}
                    onConfirm={() => cancel.mutate(undefined)}
                    data-testid="cancel"
                  >
                    {t('billing.plan.cancel')}
                  </ConfirmButton>
                )}
                {!s.cancelAtPeriodEnd && others.length > 0 && (
                  <span className="inline-flex flex-wrap items-center gap-2">
                    <label className="sr-only" htmlFor="change-plan">
                      {t('billing.plan.change')}
                    </label>
                    <NativeSelect id="change-plan" value={target} onChange={(e) => setPicked(e.target.value)} className="w-auto">
                      <option value="">{t('billing.plan.change')}…</option>
                      {others.map((plan) => (
                        <option key={plan.id} value={plan.id}>
                          {plan.name} · {money(plan.price.amount, plan.price.currency)}
                        </option>
                      ))}
                    </NativeSelect>
                    <ConfirmButton
                      confirmLabel={t('billing.plan.changeConfirm')}
                      keepLabel={t('billing.plan.keep')}
                      disabled={!target}
                      pending={change.isPending}
                      onConfirm={() => change.mutate(target)}
                    >
                      {t('billing.plan.changeButton')}
                    </ConfirmButton>
                  </span>
                )}
              </div>
              <p className="text-xs text-muted">{t('billing.plan.changeHint')}</p>
            </>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader className="flex flex-wrap items-center justify-between gap-3">
          <CardTitle>{t('billing.plan.payments')}</CardTitle>
          <ExportViewButton
            rows={payments.data ?? []}
            fileName="my-payments-view"
            columns={[
              { header: t('billing.admin.date'), value: (p) => paidOn(p) },
              { header: t('billing.admin.amount'), value: (p) => money(p.amount, p.currency) },
              { header: t('billing.plan.status'), value: (p) => withDetail(paymentStatusLabel(t, p.status), refundNote(p)) },
              { header: t('billing.admin.invoice'), value: (p) => p.invoiceNumber },
            ]}
          />
        </CardHeader>
        <CardContent>
          {payments.isError && <Alert tone="danger">{errorMessage(payments.error, t)}</Alert>}
          {payments.data?.length === 0 && <p className="text-sm text-muted">{t('billing.plan.noPayments')}</p>}
          <ul className="divide-y divide-line text-sm" data-testid="payments">
            {payments.data?.map((payment) => (
              <li key={payment.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  {paidOn(payment)} · <strong>{money(payment.amount, payment.currency)}</strong> · {paymentStatusLabel(t, payment.status)}
                  {refundNote(payment) && <> · {refundNote(payment)}</>}
                </span>
                {payment.invoiceNumber && (
                  <Button
                    size="sm"
                    variant="secondary"
                    onClick={() => void downloadReceipt(payment.id).then((file) => saveFile(file, `receipt-${payment.invoiceNumber}.pdf`))}
                  >
                    {t('billing.plan.receipt')} {payment.invoiceNumber}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>
    </div>
  )
}
