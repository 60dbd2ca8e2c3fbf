import type { ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import { withDetail } from '@/components/ui/export-view-button'

/** Name and email are null once the member deleted their account (their billing records stay). */
type Named = { displayName: string | null; email: string | null }

/** The admin tables' member column: the name with the email under it, exported as "name (email)". */
export function memberColumn<T extends Named>(t: TFunction): ColumnDef<T, unknown> {
  return {
    id: 'member',
    meta: {
      exportValue: (row: T) => (row.displayName == null ? t('billing.admin.deletedMember') : withDetail(row.displayName, row.email ?? '')),
    },
    header: () => t('billing.admin.member'),
    cell: ({ row }) =>
      row.original.displayName == null ? (
        <span className="text-muted">{t('billing.admin.deletedMember')}</span>
      ) : (
        <>
          {row.original.displayName}
          <span className="block text-xs text-muted">{row.original.email}</span>
        </>
      ),
  }
}
