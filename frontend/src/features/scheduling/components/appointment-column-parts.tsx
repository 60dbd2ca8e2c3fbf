import type { ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import { withDetail } from '@/components/ui/export-view-button'
import type { Appointment } from '../api/get-appointments'
import { appointmentStatusLabel } from '../utils/status-labels'
import { formatDateTimeInZone, formatTimeInZone, zoneLabel } from '../utils/zoned-time'
import { StatusBadge } from './status-badge'

/** "start–end" of an appointment in the given zone. */
const when = (appointment: Appointment, zone: string) =>
  `${formatDateTimeInZone(appointment.startsAt, zone)}–${formatTimeInZone(appointment.endsAt, zone)}`

/** When an appointment is, in the viewer's zone. */
export function whenColumn(t: TFunction, zone: string): ColumnDef<Appointment, unknown> {
  return {
    accessorKey: 'startsAt',
    meta: { className: 'w-52', exportValue: (appointment) => when(appointment, zone) },
    header: () => t('scheduling.appointments.whenIn', { zone: zoneLabel(zone) }),
    cell: ({ row }) => (
      <time dateTime={row.original.startsAt} className="whitespace-nowrap font-medium text-ink">
        {when(row.original, zone)}
      </time>
    ),
  }
}

/** With whom, and why when a reason was given. */
export function clinicianColumn(t: TFunction): ColumnDef<Appointment, unknown> {
  return {
    accessorKey: 'doctorName',
    meta: { exportValue: (appointment) => withDetail(appointment.doctorName, appointment.reason) },
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
    meta: { className: 'w-28', exportValue: (appointment) => appointmentStatusLabel(t, appointment.status) },
    header: () => t('scheduling.appointments.status'),
    cell: ({ row }) => <StatusBadge status={row.original.status} />,
  }
}
