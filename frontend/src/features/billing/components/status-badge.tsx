import { useTranslation } from 'react-i18next'
import { Badge } from '@/components/ui/badge'
import type { SubscriptionStatus } from '../api/billing'

const tones = {
  NONE: 'neutral',
  TRIALING: 'brand',
  ACTIVE: 'success',
  PAST_DUE: 'warning',
  CANCELLED: 'warning',
  EXPIRED: 'neutral',
} as const

/** The subscription status, worded and coloured the same on every page. */
export function SubscriptionStatusBadge({ status }: { status: SubscriptionStatus }) {
  const { t } = useTranslation()
  return (
    <Badge tone={tones[status]} data-testid="subscription-status" data-status={status}>
      {t(`billing.status.${status}`)}
    </Badge>
  )
}
