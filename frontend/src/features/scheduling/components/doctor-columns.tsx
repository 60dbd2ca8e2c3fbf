import type { ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import { CalendarDays } from 'lucide-react'
import { Badge } from '@/components/ui/badge'
import type { ListedDoctor } from '../api/get-doctors'
import { zoneLabel } from '../utils/zoned-time'

const slotLength = (t: TFunction, doctor: ListedDoctor) => t('scheduling.minutes', { count: doctor.slotMinutes })

export function doctorColumns(
  t: TFunction,
  specialtyName: (code: string) => string,
  onOpen?: (doctor: ListedDoctor) => void,
): ColumnDef<ListedDoctor, unknown>[] {
  return [
    {
      accessorKey: 'displayName',
      meta: { exportValue: (doctor) => doctor.displayName },
      header: () => t('scheduling.doctors.name'),
      // When the table leads to booking, the name is the action: it stays visible on phones,
      // where the last columns scroll out of view.
      cell: ({ row }) =>
        onOpen ? (
          <button
            type="button"
            onClick={() => onOpen(row.original)}
            aria-label={t('scheduling.doctors.seeSlotsOf', { name: row.original.displayName })}
            className="inline-flex items-center gap-1.5 text-left font-medium text-brand-700 underline-offset-4 hover:underline"
          >
            <CalendarDays aria-hidden="true" className="size-4 shrink-0" />
            {row.original.displayName}
          </button>
        ) : (
          <span className="font-medium text-ink">{row.original.displayName}</span>
        ),
    },
    {
      accessorKey: 'specialties',
      meta: { exportValue: (doctor) => doctor.specialties.map(specialtyName).join(', ') },
      header: () => t('scheduling.doctors.specialties'),
      cell: ({ row }) => (
        <span className="flex flex-wrap gap-1">
          {row.original.specialties.map((specialty) => (
            <Badge key={specialty} tone="brand">
              {specialtyName(specialty)}
            </Badge>
          ))}
        </span>
      ),
    },
    {
      accessorKey: 'timezone',
      meta: { exportValue: (doctor) => zoneLabel(doctor.timezone) },
      header: () => t('scheduling.doctors.timezone'),
      cell: ({ row }) => <span className="whitespace-nowrap text-muted">{zoneLabel(row.original.timezone)}</span>,
    },
    {
      accessorKey: 'slotMinutes',
      meta: { className: 'w-28', exportValue: (doctor) => slotLength(t, doctor) },
      header: () => t('scheduling.doctors.slot'),
      cell: ({ row }) => <span className="tabular-nums text-muted">{slotLength(t, row.original)}</span>,
    },
  ]
}
