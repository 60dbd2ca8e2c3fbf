import type { ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import { withDetail } from '@/components/ui/export-view-button'

type Named = { displayName: string; email: string }

/** The admin tables' member column: the name with the email under it, exported as "name (email)". */
export function memberColumn<T extends Named>(t: TFunction): ColumnDef<T, unknown> {
  return {
    id: 'member',
    meta: { exportValue: (row: T) => withDetail(row.displayName, row.email) },
    header: () => t('billing.admin.member'),
    cell: ({ row }) => (
      <>
        {row.original.displayName}
        <span className="block text-xs text-muted">{row.original.email}</span>
      </>
    ),
  }
}
