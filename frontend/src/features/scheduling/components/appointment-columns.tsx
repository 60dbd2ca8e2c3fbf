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
  onReschedule: (appointment: Appointment) => void
  /** The appointment being moved, if any: its button shows as pressed. */
  reschedulingId: string | undefined
  /** Whether the member may still cancel or move it (outside the cancellation window). */
  changeable: (appointment: Appointment) => boolean
}

/** A member's appointments: when (their zone), with whom, status and what they can do. */
export function myAppointmentColumns(
  t: TFunction,
  { viewerZone, busyId, onCancel, onIcs, onReschedule, reschedulingId, changeable }: Actions,
): ColumnDef<Appointment, unknown>[] {
  return [
    whenColumn(t, viewerZone),
    clinicianColumn(t),
    statusColumn(t),
    {
      id: 'actions',
      meta: { className: 'text-right sm:w-px sm:whitespace-nowrap' },
      header: () => <span className="sr-only">{t('scheduling.appointments.actions')}</span>,
      cell: ({ row }) => {
        const appointment = row.original
        if (appointment.status !== 'BOOKED') return null
        const busy = busyId === appointment.id
        return (
          <span className="flex flex-wrap justify-start gap-1 sm:justify-end">
            <Button
              size="sm"
              variant="ghost"
              onClick={() => onIcs(appointment)}
              aria-label={t('scheduling.appointments.icsFor', { name: appointment.doctorName })}
            >
              <CalendarPlus aria-hidden="true" />
              {t('scheduling.appointments.ics')}
            </Button>
            {!changeable(appointment) && (
              <span className="self-center px-2 text-xs text-muted" data-testid="inside-window">
                {t('scheduling.appointments.insideWindow')}
              </span>
            )}
            {changeable(appointment) && (
              <Button
                size="sm"
                variant="ghost"
                aria-pressed={reschedulingId === appointment.id}
                onClick={() => onReschedule(appointment)}
                data-testid="reschedule-appointment"
              >
                <CalendarSync aria-hidden="true" />
                {t('scheduling.appointments.reschedule')}
              </Button>
            )}
            {changeable(appointment) && (
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
            )}
          </span>
        )
      },
    },
  ]
}
