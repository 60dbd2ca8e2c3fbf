import { useTranslation } from 'react-i18next'
import { Badge } from '@/components/ui/badge'
import { NativeSelect } from '@/components/ui/input'
import type { SubscriptionStatus } from '../api/billing'
import { subscriptionStatusLabel } from '../utils/status-labels'

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
      {subscriptionStatusLabel(t, status)}
    </Badge>
  )
}

type SubscriptionStatusFilterProps = {
  statuses: readonly SubscriptionStatus[]
  value: SubscriptionStatus | undefined
  onChange: (status: SubscriptionStatus | undefined) => void
}

/** The admin tables' status filter: any status, or one, worded as the badge words it. */
export function SubscriptionStatusFilter({ statuses, value, onChange }: SubscriptionStatusFilterProps) {
  const { t } = useTranslation()
  return (
    <NativeSelect
      aria-label={t('billing.plan.status')}
      className="w-auto"
      value={value ?? ''}
      onChange={(e) => onChange(statuses.find((status) => status === e.target.value))}
    >
      <option value="">{t('billing.admin.anyStatus')}</option>
      {statuses.map((status) => (
        <option key={status} value={status}>
          {t(`billing.status.${status}`)}
        </option>
      ))}
    </NativeSelect>
  )
}
