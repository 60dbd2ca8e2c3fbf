import type { ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { Appointment } from '../api/get-appointments'
import { formatDateTimeInZone, formatTimeInZone, zoneLabel } from '../utils/zoned-time'
import { StatusBadge } from './status-badge'

/** When an appointment is, in the viewer's zone. */
export function whenColumn(t: TFunction, zone: string): ColumnDef<Appointment, unknown> {
  return {
    accessorKey: 'startsAt',
    meta: { className: 'w-52' },
    header: () => t('scheduling.appointments.whenIn', { zone: zoneLabel(zone) }),
    cell: ({ row }) => (
      <time dateTime={row.original.startsAt} className="whitespace-nowrap font-medium text-ink">
        {formatDateTimeInZone(row.original.startsAt, zone)}–{formatTimeInZone(row.original.endsAt, zone)}
      </time>
    ),
  }
}

/** With whom, and why when a reason was given. */
export function clinicianColumn(t: TFunction): ColumnDef<Appointment, unknown> {
  return {
    accessorKey: 'doctorName',
    header: () => t('scheduling.appointments.clinician'),
    cell: ({ row }) => (
      <span className="grid">
        <span className="text-ink">{row.original.doctorName}</span>
        {row.original.reason && <span className="text-xs text-muted">{row.original.reason}</span>}
      </span>
    ),
  }
}

export function statusColumn(t: TFunction): ColumnDef<Appointment, unknown> {
  return {
    accessorKey: 'status',
    meta: { className: 'w-28' },
    header: () => t('scheduling.appointments.status'),
    cell: ({ row }) => <StatusBadge status={row.original.status} />,
  }
}
