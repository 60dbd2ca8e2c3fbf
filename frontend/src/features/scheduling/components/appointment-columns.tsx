import type { ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import { CalendarPlus, CalendarSync, X } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { ConfirmButton } from '@/components/ui/confirm-button'
import type { Appointment } from '../api/get-appointments'
import { formatDateTimeInZone, formatTimeInZone, zoneLabel } from '../utils/zoned-time'
import { StatusBadge } from './status-badge'

type Actions = {
  viewerZone: string
  busyId: string | undefined
  onCancel: (appointment: Appointment) => void
  onIcs: (appointment: Appointment) => void
}

/** A member's appointments: when (their zone), with whom, status and what they can do. */
export function myAppointmentColumns(t: TFunction, { viewerZone, busyId, onCancel, onIcs }: Actions): ColumnDef<Appointment, unknown>[] {
  return [
    {
      accessorKey: 'startsAt',
      meta: { className: 'w-52' },
      header: () => t('scheduling.appointments.whenIn', { zone: zoneLabel(viewerZone) }),
      cell: ({ row }) => (
        <time dateTime={row.original.startsAt} className="whitespace-nowrap font-medium text-ink">
          {formatDateTimeInZone(row.original.startsAt, viewerZone)}–{formatTimeInZone(row.original.endsAt, viewerZone)}
        </time>
      ),
    },
    {
      accessorKey: 'doctorName',
      header: () => t('scheduling.appointments.clinician'),
      cell: ({ row }) => (
        <span className="grid">
          <span className="text-ink">{row.original.doctorName}</span>
          {row.original.reason && <span className="text-xs text-muted">{row.original.reason}</span>}
        </span>
      ),
    },
    {
      accessorKey: 'status',
      meta: { className: 'w-28' },
      header: () => t('scheduling.appointments.status'),
      cell: ({ row }) => <StatusBadge status={row.original.status} />,
    },
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
            <Button size="sm" variant="ghost" onClick={() => onIcs(appointment)} aria-label={t('scheduling.appointments.icsFor', { name: appointment.doctorName })}>
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
