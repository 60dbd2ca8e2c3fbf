import type { ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { Appointment } from '../api/get-appointments'
import { clinicianColumn, statusColumn, whenColumn } from './appointment-column-parts'

/** Every appointment as an admin sees it: when (their zone), member, clinician, status. */
export function adminAppointmentColumns(t: TFunction, zone: string): ColumnDef<Appointment, unknown>[] {
  return [
    whenColumn(t, zone),
    {
      accessorKey: 'patientName',
      meta: { exportValue: (appointment) => appointment.patientName ?? '—' },
      header: () => t('scheduling.adminAppointments.member'),
      cell: ({ row }) => <span className="text-ink">{row.original.patientName ?? '—'}</span>,
    },
    clinicianColumn(t),
    statusColumn(t),
  ]
}
