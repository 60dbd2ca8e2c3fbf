import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { ConfirmButton } from '@/components/ui/confirm-button'
import { ExportViewButton } from '@/components/ui/export-view-button'
import { Input, NativeSelect, SearchOnEnter } from '@/components/ui/input'
import { Pager } from '@/components/ui/pager'
import { withDecimalPoint } from '@/lib/decimal'
import { errorMessage } from '@/lib/form-errors'
import { formatDateTime, formatMoney } from '@/lib/format'
import { type PaymentRow, type PaymentsQuery, useAdminPayments, useRefund } from '../api/admin-billing'
import { refundable, refundProblem } from '../utils/refund'
import { memberText } from './member-column'
import { MemberName } from './member-name'

type AdminPaymentsProps = { query: PaymentsQuery; onQueryChange: (query: PaymentsQuery) => void }

/** Every payment with its member, status and refunds, searchable by member; totals per currency; full or partial refunds. */
export function AdminPayments({ query, onQueryChange }: AdminPaymentsProps) {
  const { t, i18n } = useTranslation()
  const payments = useAdminPayments(query)
  const refund = useRefund()
  const money = (amount: string, currency: string) => formatMoney(amount, currency, i18n.language)
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <SearchOnEnter label={t('billing.admin.search')} value={query.q} onSearch={(q) => onQueryChange({ ...query, q, page: 0 })} />
        <label className="flex items-center gap-2 text-sm">
          {t('billing.plan.status')}
          <NativeSelect
            className="w-auto"
            value={query.status ?? ''}
            onChange={(e) => onQueryChange({ ...query, status: e.target.value || undefined, page: 0 })}
          >
            <option value="">{t('billing.admin.anyPaymentStatus')}</option>
            {(['SUCCEEDED', 'FAILED', 'REFUNDED'] as const).map((status) => (
              <option key={status} value={status}>
                {t(`billing.paymentStatus.${status}`)}
              </option>
            ))}
          </NativeSelect>
        </label>
        <div className="ml-auto">
          <ExportViewButton
            rows={payments.data?.content ?? []}
            fileName="payments-view"
            columns={[
              { header: t('billing.admin.date'), value: (p) => formatDateTime(p.createdAt) },
              { header: t('billing.admin.member'), value: (p) => memberText(t, p) },
              {
                header: t('billing.admin.amount'),
                value: (p) =>
                  Number(p.refundedAmount) > 0
                    ? `${money(p.amount, p.currency)} (${t('billing.plan.refunded', { amount: money(p.refundedAmount, p.currency) })})`
                    : money(p.amount, p.currency),
              },
              { header: t('billing.plan.status'), value: (p) => t(`billing.paymentStatus.${p.status}`) },
              { header: t('billing.admin.invoice'), value: (p) => p.invoiceNumber ?? '—' },
            ]}
          />
        </div>
      </div>
      {payments.isError && <Alert tone="danger">{errorMessage(payments.error, t)}</Alert>}
      {refund.isError && <Alert tone="danger">{errorMessage(refund.error, t)}</Alert>}
      {payments.data && (
        <>
          <ul className="text-sm text-muted">
            {payments.data.totals.map((total) => (
              <li key={total.currency}>
                {t('billing.admin.totals', {
                  currency: total.currency,
                  collected: money(total.collected, total.currency),
                  refunded: money(total.refundedAmount, total.currency),
                  net: money(total.net, total.currency),
                })}
              </li>
            ))}
          </ul>
          <div className="scroll-cue overflow-x-auto rounded-xl border border-line">
            <table className="w-full text-left text-sm" data-testid="admin-payments">
              <caption className="sr-only">{t('billing.admin.paymentsTitle')}</caption>
              <thead className="border-b border-line text-xs text-muted">
                <tr>
                  <th className="px-3 py-2">{t('billing.admin.date')}</th>
                  <th className="px-3 py-2">{t('billing.admin.member')}</th>
                  <th className="px-3 py-2">{t('billing.admin.amount')}</th>
                  <th className="px-3 py-2">{t('billing.plan.status')}</th>
                  <th className="px-3 py-2">{t('billing.admin.invoice')}</th>
                  <th className="px-3 py-2" />
                </tr>
              </thead>
              <tbody>
                {payments.data.content.length === 0 && (
                  <tr>
                    <td colSpan={6} className="px-3 py-6 text-center text-muted">
                      {t('billing.admin.empty')}
                    </td>
                  </tr>
                )}
                {payments.data.content.map((payment) => (
                  <tr key={payment.id} className="border-b border-line last:border-0">
                    <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(payment.createdAt)}</td>
                    <td className="px-3 py-2">
                      <MemberName member={payment} />
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {money(payment.amount, payment.currency)}
                      {Number(payment.refundedAmount) > 0 && (
                        <span className="block text-xs text-muted" data-testid="refunded-amount">
                          {t('billing.plan.refunded', { amount: money(payment.refundedAmount, payment.currency) })}
                        </span>
                      )}
                    </td>
                    <td className="px-3 py-2">{t(`billing.paymentStatus.${payment.status}`)}</td>
                    <td className="px-3 py-2">{payment.invoiceNumber ?? '—'}</td>
                    <td className="px-3 py-2 text-right">
                      {payment.status === 'SUCCEEDED' && (
                        <RefundButton
                          payment={payment}
                          pending={refund.isPending && refund.variables?.id === payment.id}
                          onRefund={(amount) => refund.mutate({ id: payment.id, amount })}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            page={query.page}
            pageSize={query.size}
            totalRows={payments.data.totalElements}
            onPage={(page) => onQueryChange({ ...query, page })}
          />
        </>
      )}
    </div>
  )
}

type RefundButtonProps = { payment: PaymentRow; pending: boolean; onRefund: (amount: string | undefined) => void }

/** Refunds a payment in full, or the amount typed beside the question (a decimal comma works too). */
function RefundButton({ payment, pending, onRefund }: RefundButtonProps) {
  const { t, i18n } = useTranslation()
  const [amount, setAmount] = useState('')
  const typed = withDecimalPoint(amount)
  const problem = refundProblem(typed, payment)
  const problemId = `refund-problem-${payment.id}`
  return (
    <ConfirmButton
      confirmLabel={t('billing.admin.refundConfirm')}
      keepLabel={t('billing.plan.keep')}
      pending={pending}
      confirmDisabled={problem !== null}
      question={
        <span className="inline-grid gap-1 text-left">
          <Input
            inputMode="decimal"
            aria-label={t('billing.admin.refundAmount')}
            placeholder={t('billing.admin.refundAmount')}
            className="h-9 w-40"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? problemId : undefined}
            data-testid={`refund-amount-${payment.id}`}
          />
          {problem && (
            <span id={problemId} className="max-w-40 text-xs text-danger-700" data-testid="refund-problem">
              {problem === 'format'
                ? t('billing.admin.refundFormat')
                : t('billing.admin.refundTooMuch', { amount: formatMoney(refundable(payment), payment.currency, i18n.language) })}
            </span>
          )}
        </span>
      }
      onConfirm={() => {
        setAmount('')
        onRefund(typed === '' ? undefined : typed)
      }}
    >
      {t('billing.admin.refund')}
    </ConfirmButton>
  )
}
