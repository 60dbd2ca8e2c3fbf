import type { ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import { CalendarPlus, CalendarSync, X } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { ConfirmButton } from '@/components/ui/confirm-button'
import type { Appointment } from '../api/get-appointments'
import { clinicianColumn, statusColumn, whenColumn } from './appointment-column-parts'

type Actions = {
  viewerZone: string
  busyId: string | undefined
  onCancel: (appointment: Appointment) => void
  onIcs: (appointment: Appointment) => void
}

/** A member's appointments: when (their zone), with whom, status and what they can do. */
export function myAppointmentColumns(t: TFunction, { viewerZone, busyId, onCancel, onIcs }: Actions): ColumnDef<Appointment, unknown>[] {
  return [
    whenColumn(t, viewerZone),
    clinicianColumn(t),
    statusColumn(t),
    {
      id: 'actions',
      meta: { className: 'w-px whitespace-nowrap text-right' },
      header: () => <span className="sr-only">{t('scheduling.appointments.actions')}</span>,
      cell: ({ row }) => {
        const appointment = row.original
        if (appointment.status !== 'BOOKED') return null
        const busy = busyId === appointment.id
        return (
          <span className="flex justify-end gap-1">
            <Button
              size="sm"
              variant="ghost"
              onClick={() => onIcs(appointment)}
              aria-label={t('scheduling.appointments.icsFor', { name: appointment.doctorName })}
            >
              <CalendarPlus aria-hidden="true" />
              {t('scheduling.appointments.ics')}
            </Button>
            <Button size="sm" variant="ghost" aria-expanded={row.getIsExpanded()} onClick={row.getToggleExpandedHandler()}>
              <CalendarSync aria-hidden="true" />
              {t('scheduling.appointments.reschedule')}
            </Button>
            <ConfirmButton
              pending={busy}
              confirmLabel={t('scheduling.appointments.confirmCancel')}
              keepLabel={t('scheduling.appointments.keep')}
              onConfirm={() => onCancel(appointment)}
              data-testid="cancel-appointment"
            >
              <X aria-hidden="true" />
              {t('scheduling.appointments.cancel')}
            </ConfirmButton>
          </span>
        )
      },
    },
  ]
}
