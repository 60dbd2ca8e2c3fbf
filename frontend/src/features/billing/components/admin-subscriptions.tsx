import type { ColumnDef } from '@tanstack/react-table'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { DataTable } from '@/components/ui/data-table'
import { SearchOnEnter } from '@/components/ui/input'
import { errorMessage } from '@/lib/form-errors'
import { formatDate, formatDateTime } from '@/lib/format'
import { type SubscriptionRow, type SubscriptionsQuery, useAdminSubscriptions } from '../api/admin-billing'
import { formatMoney, type SubscriptionStatus } from '../api/billing'
import { SubscriptionStatusBadge, SubscriptionStatusFilter } from './status-badge'

const statuses: SubscriptionStatus[] = ['TRIALING', 'ACTIVE', 'PAST_DUE', 'CANCELLED', 'EXPIRED']

type AdminSubscriptionsProps = { query: SubscriptionsQuery; onQueryChange: (query: SubscriptionsQuery) => void }

/** Every subscription, ending soonest first: plan and price, status, renewal or end, and failed renewals. */
export function AdminSubscriptions({ query, onQueryChange }: AdminSubscriptionsProps) {
  const { t, i18n } = useTranslation()
  const subscriptions = useAdminSubscriptions(query)
  const columns = useMemo<ColumnDef<SubscriptionRow, unknown>[]>(
    () => [
      {
        id: 'member',
        header: () => t('billing.admin.member'),
        cell: ({ row }) => (
          <>
            {row.original.displayName}
            <span className="block text-xs text-muted">{row.original.email}</span>
          </>
        ),
      },
      {
        id: 'plan',
        header: () => t('billing.admin.plan'),
        cell: ({ row }) => (
          <>
            {row.original.planName}
            <span className="block text-xs text-muted">{formatMoney(row.original.amount, row.original.currency, i18n.language)}</span>
          </>
        ),
      },
      { id: 'status', header: () => t('billing.plan.status'), cell: ({ row }) => <SubscriptionStatusBadge status={row.original.status} /> },
      {
        id: 'periodEnd',
        header: () => t('billing.admin.periodEnd'),
        cell: ({ row }) => (
          <>
            {formatDate(row.original.currentPeriodEnd.slice(0, 10))}
            {row.original.cancelAtPeriodEnd && <span className="block text-xs text-muted">{t('billing.admin.endsThen')}</span>}
          </>
        ),
      },
      {
        id: 'retries',
        header: () => t('billing.admin.failedRenewals'),
        cell: ({ row }) =>
          row.original.failedAttempts === 0 ? (
            '—'
          ) : (
            <>
              {row.original.failedAttempts}
              {row.original.nextRetryAt && (
                <span className="block text-xs text-muted">
                  {t('billing.admin.nextRetry', { date: formatDateTime(row.original.nextRetryAt) })}
                </span>
              )}
            </>
          ),
      },
      { id: 'started', header: () => t('billing.admin.started'), cell: ({ row }) => formatDate(row.original.startedAt.slice(0, 10)) },
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
