import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { DataTable } from '@/components/ui/data-table'
import { Loading, QueryError, QueryState } from '@/components/ui/query-state'
import { errorMessage } from '@/lib/form-errors'
import { useChangeAppointment, useDownloadIcs, useRescheduleAppointment } from '../api/appointment-actions'
import { changeableAt, useBookingPolicy } from '../api/booking-guide'
import { type Appointment, type AppointmentQuery, useAppointments } from '../api/get-appointments'
import { useDoctor } from '../api/get-doctor'
import type { OpenSlot } from '../api/get-slots'
import { type AppointmentScope, appointmentScopes } from '../utils/views'
import { dateInZone, formatDateTimeInZone, startOfWeek } from '../utils/zoned-time'
import { myAppointmentColumns } from './appointment-columns'
import { SlotWeek } from './slot-week'

type MyAppointmentsProps = {
  scope: AppointmentScope
  page: number
  size: number
  viewerZone: string
  onQueryChange: (query: { scope: AppointmentScope; page: number; size: number }) => void
}

export function MyAppointments({ scope, page, size, viewerZone, onQueryChange }: MyAppointmentsProps) {
  const { t } = useTranslation()
  // Rounded to the minute so the query key stays stable between renders.
  const [now] = useState(() => new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString())
  const appointments = useAppointments(scopeQuery(scope, now, page, size))
  const change = useChangeAppointment()
  const policy = useBookingPolicy()
  const ics = useDownloadIcs()
  const [notice, setNotice] = useState<string | null>(null)
  const columns = useMemo(
    () =>
      myAppointmentColumns(t, {
        viewerZone,
        busyId: change.isPending ? change.variables?.id : undefined,
        onCancel: (appointment) => {
          setNotice(null)
          change.mutate({ id: appointment.id, action: 'cancel' }, { onSuccess: () => setNotice(t('scheduling.appointments.cancelled')) })
        },
        onIcs: (appointment) => ics.mutate(appointment.id),
        changeable: (appointment) => changeableAt(appointment.startsAt, policy.data),
      }),
    [t, viewerZone, change, ics, policy.data],
  )
  const error = change.error ?? ics.error

  return (
    <div className="grid grid-cols-1 gap-3">
      <div
        role="group"
        aria-label={t('scheduling.appointments.scope')}
        className="flex w-fit gap-1 rounded-xl border border-line bg-surface p-1 text-sm"
      >
        {appointmentScopes.map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={scope === option}
            onClick={() => onQueryChange({ scope: option, page: 0, size })}
            className={
              scope === option
                ? 'rounded-lg bg-brand-700 px-4 py-1.5 font-medium text-white'
                : 'rounded-lg px-4 py-1.5 font-medium text-muted hover:text-ink'
            }
          >
            {t(`scheduling.appointments.scopes.${option}`)}
          </button>
        ))}
      </div>
      {notice && <Alert tone="success">{notice}</Alert>}
      {error && <Alert tone="danger">{errorMessage(error, t)}</Alert>}
      <QueryState query={appointments} />
      {appointments.data && (
        <DataTable
          exportFileName="my-appointments-view"
          caption={t('scheduling.appointments.caption')}
          stackOnPhone
          columns={columns}
          data={appointments.data.content}
          getRowId={(appointment) => appointment.id}
          renderExpanded={(row) => (
            <Reschedule
              appointment={row.original}
              viewerZone={viewerZone}
              onDone={(message) => {
                row.toggleExpanded(false)
                setNotice(message)
              }}
            />
          )}
          empty={t(`scheduling.appointments.empty.${scope}`)}
          pagination={{
            state: { pageIndex: page, pageSize: size },
            totalRows: appointments.data.totalElements,
            onChange: (next) => onQueryChange({ scope, page: next.pageIndex, size: next.pageSize }),
          }}
        />
      )}
    </div>
  )
}

function scopeQuery(scope: AppointmentScope, now: string, page: number, size: number): AppointmentQuery {
  switch (scope) {
    case 'upcoming':
      return { from: now, status: 'BOOKED', page, size }
    case 'past':
      return { to: now, sort: '-startsAt', page, size }
    case 'cancelled':
      return { status: 'CANCELLED', sort: '-startsAt', page, size }
  }
}

function Reschedule({
  appointment,
  viewerZone,
  onDone,
}: {
  appointment: Appointment
  viewerZone: string
  onDone: (message: string) => void
}) {
  const { t } = useTranslation()
  const [week, setWeek] = useState(() => startOfWeek(dateInZone(appointment.startsAt, viewerZone)))
  const reschedule = useRescheduleAppointment()
  const doctor = useDoctor(appointment.doctorId)
  const pick = (slot: OpenSlot) =>
    reschedule.mutate(
      { id: appointment.id, startsAt: slot.startsAt },
      { onSuccess: () => onDone(t('scheduling.appointments.rescheduled', { when: formatDateTimeInZone(slot.startsAt, viewerZone) })) },
    )
  return (
    <div className="grid gap-3 pt-2">
      <p className="text-sm font-medium text-ink">{t('scheduling.appointments.pickNew')}</p>
      {reschedule.isError && <QueryError error={reschedule.error} />}
      {reschedule.isPending && <Loading />}
      <SlotWeek
        doctorId={appointment.doctorId}
        doctorZone={doctor.data?.timezone ?? viewerZone}
        viewerZone={viewerZone}
        week={week}
        onWeekChange={setWeek}
        selected={null}
        onSelect={pick}
      />
    </div>
  )
}
