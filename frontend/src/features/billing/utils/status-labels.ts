import type { TFunction } from 'i18next'
import type { Payment, SubscriptionStatus } from '../api/billing'

/** A subscription status in words, as the badge and the exports say it. */
export function subscriptionStatusLabel(t: TFunction, status: SubscriptionStatus) {
  return t(`billing.status.${status}`)
}

/** A payment status in words, as the payment lists and their exports say it. */
export function paymentStatusLabel(t: TFunction, status: Payment['status']) {
  return t(`billing.paymentStatus.${status}`)
}
