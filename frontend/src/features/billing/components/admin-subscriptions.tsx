import type { ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { DataTable } from '@/components/ui/data-table'
import { withDetail } from '@/components/ui/export-view-button'
import { SearchOnEnter } from '@/components/ui/input'
import { errorMessage } from '@/lib/form-errors'
import { formatDate, formatDateTime, formatMoney } from '@/lib/format'
import { type SubscriptionRow, type SubscriptionsQuery, useAdminSubscriptions } from '../api/admin-billing'
import { type SubscriptionStatus } from '../api/billing'
import { subscriptionStatusLabel } from '../utils/status-labels'
import { memberColumn } from './member-column'
import { SubscriptionStatusBadge, SubscriptionStatusFilter } from './status-badge'

const statuses: SubscriptionStatus[] = ['TRIALING', 'ACTIVE', 'PAST_DUE', 'CANCELLED', 'EXPIRED']
const day = (instant: string) => formatDate(instant.slice(0, 10))
const price = (subscription: SubscriptionRow, language: string) => formatMoney(subscription.amount, subscription.currency, language)
const endsThen = (t: TFunction, subscription: SubscriptionRow) => (subscription.cancelAtPeriodEnd ? t('billing.admin.endsThen') : null)
const nextRetry = (t: TFunction, subscription: SubscriptionRow) =>
  subscription.nextRetryAt ? t('billing.admin.nextRetry', { date: formatDateTime(subscription.nextRetryAt) }) : null

type AdminSubscriptionsProps = { query: SubscriptionsQuery; onQueryChange: (query: SubscriptionsQuery) => void }

/** Every subscription, ending soonest first: plan and price, status, renewal or end, and failed renewals. */
export function AdminSubscriptions({ query, onQueryChange }: AdminSubscriptionsProps) {
  const { t, i18n } = useTranslation()
  const subscriptions = useAdminSubscriptions(query)
  const columns = useMemo<ColumnDef<SubscriptionRow, unknown>[]>(
    () => [
      memberColumn<SubscriptionRow>(t),
      {
        id: 'plan',
        meta: { exportValue: (subscription) => withDetail(subscription.planName, price(subscription, i18n.language)) },
        header: () => t('billing.admin.plan'),
        cell: ({ row }) => (
          <>
            {row.original.planName}
            <span className="block text-xs text-muted">{price(row.original, i18n.language)}</span>
          </>
        ),
      },
      {
        id: 'status',
        meta: { exportValue: (subscription) => subscriptionStatusLabel(t, subscription.status) },
        header: () => t('billing.plan.status'),
        cell: ({ row }) => <SubscriptionStatusBadge status={row.original.status} />,
      },
      {
        id: 'periodEnd',
        meta: { exportValue: (subscription) => withDetail(day(subscription.currentPeriodEnd), endsThen(t, subscription)) },
        header: () => t('billing.admin.periodEnd'),
        cell: ({ row }) => (
          <>
            {day(row.original.currentPeriodEnd)}
            {row.original.cancelAtPeriodEnd && <span className="block text-xs text-muted">{endsThen(t, row.original)}</span>}
          </>
        ),
      },
      {
        id: 'retries',
        meta: {
          exportValue: (subscription) =>
            subscription.failedAttempts === 0 ? '—' : withDetail(String(subscription.failedAttempts), nextRetry(t, subscription)),
        },
        header: () => t('billing.admin.failedRenewals'),
        cell: ({ row }) =>
          row.original.failedAttempts === 0 ? (
            '—'
          ) : (
            <>
              {row.original.failedAttempts}
              {row.original.nextRetryAt && <span className="block text-xs text-muted">{nextRetry(t, row.original)}</span>}
            </>
          ),
      },
      {
        id: 'started',
        meta: { exportValue: (subscription) => day(subscription.startedAt) },
        header: () => t('billing.admin.started'),
        cell: ({ row }) => day(row.original.startedAt),
      },
    ],
    [t, i18n.language],
  )
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-3">
        <SearchOnEnter label={t('billing.admin.search')} value={query.q} onSearch={(q) => onQueryChange({ ...query, q, page: 0 })} />
        <SubscriptionStatusFilter
          statuses={statuses}
          value={query.status}
          onChange={(status) => onQueryChange({ ...query, status, page: 0 })}
        />
      </div>
      {subscriptions.isError && <Alert tone="danger">{errorMessage(subscriptions.error, t)}</Alert>}
      {subscriptions.data && (
        <DataTable
          exportFileName="subscriptions-view"
          caption={t('billing.admin.subscriptionsTitle')}
          columns={columns}
          data={subscriptions.data.content}
          getRowId={(subscription) => subscription.id}
          empty={t('billing.admin.empty')}
          stackOnPhone
          pagination={{
            state: { pageIndex: query.page, pageSize: query.size },
            totalRows: subscriptions.data.totalElements,
            onChange: (next) => onQueryChange({ ...query, page: next.pageIndex, size: next.pageSize }),
          }}
        />
      )}
    </div>
  )
}
