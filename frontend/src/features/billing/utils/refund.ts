import type { PaymentRow } from '../api/admin-billing'

/** What is left to refund of a payment, as an exact decimal string. */
export function refundable(payment: PaymentRow): string {
  const thousandths = Math.round(Number(payment.amount) * 1000) - Math.round(Number(payment.refundedAmount) * 1000)
  return (thousandths / 1000).toFixed(3).replace(/0$/, '')
}

/** Why a typed refund amount cannot be sent: not an amount, or more than is left; null when empty (all of it) or fine. */
export function refundProblem(typed: string, payment: PaymentRow): 'format' | 'tooMuch' | null {
  if (typed === '') return null
  if (!/^\d{1,7}(\.\d{1,3})?$/.test(typed) || Number(typed) <= 0) return 'format'
  return Math.round(Number(typed) * 1000) > Math.round(Number(refundable(payment)) * 1000) ? 'tooMuch' : null
}
