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
      meta: { exportValue: (appointment) => appointment.patientName ?? t('scheduling.agenda.unknownPatient') },
      header: () => t('scheduling.adminAppointments.member'),
      cell: ({ row }) =>
        row.original.patientName == null ? (
          <span className="text-muted">{t('scheduling.agenda.unknownPatient')}</span>
        ) : (
          <span className="text-ink">{row.original.patientName}</span>
        ),
    },
    clinicianColumn(t),
    statusColumn(t),
  ]
}
