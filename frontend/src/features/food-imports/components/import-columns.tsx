import type { ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import { formatDateTime } from '@/lib/format'
import type { FoodImport } from '../api/food-imports'
import { importStatusLabel, importSummaryText } from '../utils/import-labels'
import { ImportStatusBadge } from './import-status-badge'
import { ImportSummary } from './import-summary'

export function importColumns(t: TFunction): ColumnDef<FoodImport, unknown>[] {
  return [
    {
      accessorKey: 'createdAt',
      meta: { className: 'w-44', exportValue: (job) => formatDateTime(job.createdAt) },
      header: () => t('foodImports.createdAt'),
      cell: ({ row }) => (
        <time dateTime={row.original.createdAt} className="whitespace-nowrap text-muted">
          {formatDateTime(row.original.createdAt)}
        </time>
      ),
    },
    {
      accessorKey: 'format',
      meta: { exportValue: (job) => t(`foodImports.formats.${job.format}`) },
      header: () => t('foodImports.format'),
      cell: ({ row }) => t(`foodImports.formats.${row.original.format}`),
    },
    {
      accessorKey: 'status',
      meta: { exportValue: (job) => importStatusLabel(t, job.status) },
      header: () => t('foodImports.status'),
      cell: ({ row }) => <ImportStatusBadge status={row.original.status} />,
    },
    {
      id: 'summary',
      meta: { exportValue: (job) => importSummaryText(t, job) },
      header: () => t('foodImports.result'),
      cell: ({ row }) => <ImportSummary job={row.original} />,
    },
  ]
}
