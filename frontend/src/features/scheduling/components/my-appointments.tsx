import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { DataTable } from '@/components/ui/data-table'
import { QueryError, QueryState } from '@/components/ui/query-state'
import { errorMessage } from '@/lib/form-errors'
import { useChangeAppointment, useDownloadIcs, useRescheduleAppointment } from '../api/appointment-actions'
import { changeableAt, useBookingPolicy } from '../api/booking-guide'
import { type Appointment, type AppointmentQuery, useAppointments } from '../api/get-appointments'
import { useDoctor } from '../api/get-doctor'
import type { OpenSlot } from '../api/get-slots'
import { type AppointmentScope, appointmentScopes } from '../utils/views'
import { dateInZone, formatDateTimeInZone, formatTimeInZone, startOfWeek, zoneLabel } from '../utils/zoned-time'
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
  const [moving, setMoving] = useState<Appointment | null>(null)
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
        onReschedule: (appointment) => {
          setNotice(null)
          setMoving((current) => (current?.id === appointment.id ? null : appointment))
        },
        reschedulingId: moving?.id,
        changeable: (appointment) => changeableAt(appointment.startsAt, policy.data),
      }),
    [t, viewerZone, change, ics, policy.data, moving],
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
      {moving && (
        <Reschedule
          key={moving.id}
          appointment={moving}
          viewerZone={viewerZone}
          onClose={() => setMoving(null)}
          onDone={(message) => {
            setMoving(null)
            setNotice(message)
          }}
        />
      )}
      <QueryState query={appointments} />
      {appointments.data && (
        <DataTable
          exportFileName="my-appointments-view"
          caption={t('scheduling.appointments.caption')}
          stackOnPhone
          columns={columns}
          data={appointments.data.content}
          getRowId={(appointment) => appointment.id}
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

/** A ref that focuses its element once, when it appears (a module function: the same on every render). */
const focusOnMount = (element: HTMLElement | null) => element?.focus()

/**
 * Moving an appointment: the clinician's week beside the table (a week of slots does not fit in a
 * table row on a phone), then the chosen time with the cancellation policy, confirmed before
 * anything changes, as when booking.
 */
function Reschedule({
  appointment,
  viewerZone,
  onClose,
  onDone,
}: {
  appointment: Appointment
  viewerZone: string
  onClose: () => void
  onDone: (message: string) => void
}) {
  const { t } = useTranslation()
  const [week, setWeek] = useState(() => startOfWeek(dateInZone(appointment.startsAt, viewerZone)))
  const [slot, setSlot] = useState<OpenSlot | null>(null)
  const reschedule = useRescheduleAppointment()
  const doctor = useDoctor(appointment.doctorId)
  const policy = useBookingPolicy()
  const doctorZone = doctor.data?.timezone ?? viewerZone
  const hours = Math.round((policy.data?.cancellationWindowMinutes ?? 0) / 60)
  // opened from a row further down: bring it into view and read its title out
  const title = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    title.current?.scrollIntoView({ block: 'nearest' })
    title.current?.focus()
  }, [])
  const confirm = () => {
    if (!slot) return
    reschedule.mutate(
      { id: appointment.id, startsAt: slot.startsAt },
      { onSuccess: () => onDone(t('scheduling.appointments.rescheduled', { when: formatDateTimeInZone(slot.startsAt, viewerZone) })) },
    )
  }
  return (
    <Card aria-labelledby="reschedule-title" data-testid="reschedule-panel">
      <CardHeader>
        <CardTitle id="reschedule-title" ref={title} tabIndex={-1} className="outline-none">
          {t('scheduling.appointments.moveTitle', { name: appointment.doctorName })}
        </CardTitle>
        <CardDescription>
          {t('scheduling.appointments.moveNow', { when: formatDateTimeInZone(appointment.startsAt, viewerZone) })}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {reschedule.isError && <QueryError error={reschedule.error} />}
        {slot ? (
          <div className="grid gap-3" data-testid="reschedule-confirm">
            {/* the slot pressed is gone: the keyboard goes on to the time it chose */}
            <p ref={focusOnMount} tabIndex={-1} className="text-lg font-semibold text-ink outline-none">
              {t('scheduling.appointments.moveTo', {
                when: `${formatDateTimeInZone(slot.startsAt, viewerZone)}–${formatTimeInZone(slot.endsAt, viewerZone)}`,
              })}
            </p>
            <p className="text-xs text-muted">{t('scheduling.slots.shownIn', { zone: zoneLabel(viewerZone) })}</p>
            {policy.data && (
              <Alert tone={changeableAt(slot.startsAt, policy.data) ? 'info' : 'warning'} data-testid="reschedule-policy">
                {changeableAt(slot.startsAt, policy.data)
                  ? t('scheduling.appointments.movePolicy', { hours })
                  : t('scheduling.appointments.movePolicyInside', { hours })}
              </Alert>
            )}
            <div className="flex flex-wrap justify-end gap-2">
              <Button
                type="button"
                variant="ghost"
                onClick={() => {
                  setSlot(null)
                  title.current?.focus()
                }}
                disabled={reschedule.isPending}
              >
                {t('scheduling.appointments.pickAnother')}
              </Button>
              <Button type="button" pending={reschedule.isPending} onClick={confirm} data-testid="reschedule-submit">
                {t('scheduling.appointments.confirmMove')}
              </Button>
            </div>
          </div>
        ) : (
          <>
            <p className="text-sm font-medium text-ink">{t('scheduling.appointments.pickNew')}</p>
            <SlotWeek
              doctorId={appointment.doctorId}
              doctorZone={doctorZone}
              viewerZone={viewerZone}
              week={week}
              onWeekChange={setWeek}
              selected={null}
              onSelect={setSlot}
            />
            <div className="flex justify-end">
              <Button type="button" variant="ghost" onClick={onClose}>
                {t('scheduling.appointments.keepTime')}
              </Button>
            </div>
          </>
        )}
      </CardContent>
    </Card>
  )
}
