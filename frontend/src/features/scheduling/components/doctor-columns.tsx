import type { ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import { CalendarDays } from 'lucide-react'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import type { ListedDoctor } from '../api/get-doctors'
import { zoneLabel } from '../utils/zoned-time'

export function doctorColumns(t: TFunction, onOpen?: (doctor: ListedDoctor) => void): ColumnDef<ListedDoctor, unknown>[] {
  const columns: ColumnDef<ListedDoctor, unknown>[] = [
    {
      accessorKey: 'displayName',
      header: () => t('scheduling.doctors.name'),
      cell: ({ row }) => <span className="font-medium text-ink">{row.original.displayName}</span>,
    },
    {
      accessorKey: 'specialties',
      header: () => t('scheduling.doctors.specialties'),
      cell: ({ row }) => (
        <span className="flex flex-wrap gap-1">
          {row.original.specialties.map((specialty) => (
            <Badge key={specialty} tone="brand">
              {specialty}
            </Badge>
          ))}
        </span>
      ),
    },
    {
      accessorKey: 'timezone',
      header: () => t('scheduling.doctors.timezone'),
      cell: ({ row }) => <span className="whitespace-nowrap text-muted">{zoneLabel(row.original.timezone)}</span>,
    },
    {
      accessorKey: 'slotMinutes',
      meta: { className: 'w-28' },
      header: () => t('scheduling.doctors.slot'),
      cell: ({ row }) => <span className="tabular-nums text-muted">{t('scheduling.minutes', { count: row.original.slotMinutes })}</span>,
    },
  ]
  if (onOpen) {
    columns.push({
      id: 'open',
      meta: { className: 'w-44 text-right' },
      header: () => <span className="sr-only">{t('scheduling.doctors.actions')}</span>,
      cell: ({ row }) => (
        <Button size="sm" variant="secondary" onClick={() => onOpen(row.original)} aria-label={t('scheduling.doctors.seeSlotsOf', { name: row.original.displayName })}>
          <CalendarDays aria-hidden="true" />
          {t('scheduling.doctors.seeSlots')}
        </Button>
      ),
    })
  }
  return columns
}
