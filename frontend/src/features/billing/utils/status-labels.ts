import type { TFunction } from 'i18next'
import type { SubscriptionStatus } from '../api/billing'

/** A subscription status in words, as the badge and the exports say it. */
export function subscriptionStatusLabel(t: TFunction, status: SubscriptionStatus) {
  return t(`billing.status.${status}`)
}
