import type { ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import { ChevronDown, ChevronRight } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { formatDateTime } from '@/lib/format'
import type { OutboxMessage } from '../api/get-outbox'

export function outboxColumns(t: TFunction): ColumnDef<OutboxMessage, unknown>[] {
  return [
    {
      id: 'expand',
      meta: { className: 'w-12 pr-0' },
      header: () => <span className="sr-only">{t('outbox.body')}</span>,
      cell: ({ row }) => (
        <Button
          variant="ghost"
          size="icon"
          aria-expanded={row.getIsExpanded()}
          aria-label={t(row.getIsExpanded() ? 'outbox.hideBody' : 'outbox.showBody', { subject: row.original.subject })}
          onClick={row.getToggleExpandedHandler()}
        >
          {row.getIsExpanded() ? <ChevronDown aria-hidden="true" /> : <ChevronRight aria-hidden="true" />}
        </Button>
      ),
    },
    {
      accessorKey: 'createdAt',
      meta: { className: 'w-48', exportValue: (message) => formatDateTime(message.createdAt) },
      header: () => t('outbox.createdAt'),
      cell: ({ row }) => (
        <time dateTime={row.original.createdAt} className="whitespace-nowrap text-muted">
          {formatDateTime(row.original.createdAt)}
        </time>
      ),
    },
    {
      accessorKey: 'to',
      meta: { exportValue: (message) => message.to },
      header: () => t('outbox.to'),
      cell: ({ row }) => <span className="break-all">{row.original.to}</span>,
    },
    {
      accessorKey: 'subject',
      meta: { exportValue: (message) => message.subject },
      header: () => t('outbox.subject'),
      cell: ({ row }) => <span className="font-medium text-ink">{row.original.subject}</span>,
    },
  ]
}
