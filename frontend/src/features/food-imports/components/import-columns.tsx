import type { ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import { formatDateTime } from '@/lib/format'
import type { FoodImport } from '../api/food-imports'
import { ImportStatusBadge } from './import-status-badge'
import { ImportSummary } from './import-summary'

export function importColumns(t: TFunction): ColumnDef<FoodImport, unknown>[] {
  return [
    {
      accessorKey: 'createdAt',
      meta: { className: 'w-44' },
      header: () => t('foodImports.createdAt'),
      cell: ({ row }) => (
        <time dateTime={row.original.createdAt} className="whitespace-nowrap text-muted">
          {formatDateTime(row.original.createdAt)}
        </time>
      ),
    },
    {
      accessorKey: 'format',
      header: () => t('foodImports.format'),
      cell: ({ row }) => t(`foodImports.formats.${row.original.format}`),
    },
    {
      accessorKey: 'status',
      header: () => t('foodImports.status'),
      cell: ({ row }) => <ImportStatusBadge status={row.original.status} />,
    },
    {
      id: 'summary',
      header: () => t('foodImports.result'),
      cell: ({ row }) => <ImportSummary job={row.original} />,
    },
  ]
}
