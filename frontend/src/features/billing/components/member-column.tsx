import type { ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import { withDetail } from '@/components/ui/export-view-button'
import { MemberName, type Named } from './member-name'

/** A member in an exported row: "name (email)", or that the account was deleted. */
export function memberText(t: TFunction, member: Named): string {
  return member.displayName == null ? t('billing.admin.deletedMember') : withDetail(member.displayName, member.email)
}

/** The admin tables' member column: the name with the email under it, exported as "name (email)". */
export function memberColumn<T extends Named>(t: TFunction): ColumnDef<T, unknown> {
  return {
    id: 'member',
    meta: { exportValue: (row: T) => memberText(t, row) },
    header: () => t('billing.admin.member'),
    cell: ({ row }) => <MemberName member={row.original} />,
  }
}
