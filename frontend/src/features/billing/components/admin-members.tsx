import type { ColumnDef } from '@tanstack/react-table'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { DataTable } from '@/components/ui/data-table'
import { NativeSelect, SearchOnEnter } from '@/components/ui/input'
import { errorMessage } from '@/lib/form-errors'
import { formatDate } from '@/lib/format'
import { type MemberRow, type MembersQuery, useAdminMembers } from '../api/admin-billing'
import type { SubscriptionStatus } from '../api/billing'
import { subscriptionStatusLabel } from '../utils/status-labels'
import { memberColumn } from './member-column'
import { SubscriptionStatusBadge, SubscriptionStatusFilter } from './status-badge'

const statuses: SubscriptionStatus[] = ['NONE', 'TRIALING', 'ACTIVE', 'PAST_DUE', 'CANCELLED', 'EXPIRED']
const memberSorts = ['name,asc', 'registeredAt,desc', 'periodEnd,asc', 'status,asc'] as const
const periodEnd = (member: MemberRow) => (member.currentPeriodEnd ? formatDate(member.currentPeriodEnd.slice(0, 10)) : '—')

type AdminMembersProps = { query: MembersQuery; onQueryChange: (query: MembersQuery) => void }

/** Members with their subscription: search, status filter, sort and paging on the server. */
export function AdminMembers({ query, onQueryChange }: AdminMembersProps) {
  const { t } = useTranslation()
  const members = useAdminMembers(query)
  const columns = useMemo<ColumnDef<MemberRow, unknown>[]>(
    () => [
      memberColumn<MemberRow>(t),
      {
        id: 'status',
        meta: { exportValue: (member) => subscriptionStatusLabel(t, member.status) },
        header: () => t('billing.plan.status'),
        cell: ({ row }) => <SubscriptionStatusBadge status={row.original.status} />,
      },
      {
        id: 'plan',
        meta: { exportValue: (member) => member.planName ?? '—' },
        header: () => t('billing.admin.plan'),
        cell: ({ row }) => row.original.planName ?? '—',
      },
      {
        id: 'periodEnd',
        meta: { exportValue: periodEnd },
        header: () => t('billing.admin.periodEnd'),
        cell: ({ row }) => periodEnd(row.original),
      },
    ],
    [t],
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
        <NativeSelect
          aria-label={t('billing.admin.sort')}
          className="w-auto"
          value={query.sort}
          onChange={(e) => onQueryChange({ ...query, sort: e.target.value, page: 0 })}
        >
          {memberSorts.map((sort) => (
            <option key={sort} value={sort}>
              {t(`billing.admin.sorts.${sort}`)}
            </option>
          ))}
        </NativeSelect>
      </div>
      {members.isError && <Alert tone="danger">{errorMessage(members.error, t)}</Alert>}
      {members.data && (
        <DataTable
          exportFileName="members-view"
          caption={t('billing.admin.membersTitle')}
          columns={columns}
          data={members.data.content}
          getRowId={(member) => member.id}
          empty={t('billing.admin.empty')}
          pagination={{
            state: { pageIndex: query.page, pageSize: query.size },
            totalRows: members.data.totalElements,
            onChange: (next) => onQueryChange({ ...query, page: next.pageIndex, size: next.pageSize }),
          }}
        />
      )}
    </div>
  )
}
