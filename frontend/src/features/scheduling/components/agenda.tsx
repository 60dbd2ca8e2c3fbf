import { ChevronLeft, ChevronRight } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardContent } from '@/components/ui/card'
import { ConfirmButton } from '@/components/ui/confirm-button'
import { QueryError, QueryState } from '@/components/ui/query-state'
import { useNow } from '@/hooks/use-now'
import { formatDate, formatLongDate } from '@/lib/format'
import { cn } from '@/lib/utils'
import { useChangeAppointment } from '../api/appointment-actions'
import { type Appointment, useAppointments } from '../api/get-appointments'
import { useDoctor } from '../api/get-doctor'
import type { AgendaView } from '../utils/views'
import {
  dateInZone,
  formatTimeInZone,
  groupByDay,
  plusDays,
  startOfDayInZone,
  startOfWeek,
  weekDates,
  zoneLabel,
} from '../utils/zoned-time'
import { StatusBadge } from './status-badge'

type AgendaProps = {
  doctorId: string
  view: AgendaView
  /** A day of the clinician's calendar; the week view shows its Monday-to-Sunday week. */
  date: string | undefined
  onChange: (next: { view: AgendaView; date: string }) => void
}

const AGENDA_LIMIT = 100

/** The clinician's appointments by day or week, on the clinician's own clock. */
export function Agenda({ doctorId, view, date, onChange }: AgendaProps) {
  const doctor = useDoctor(doctorId)
  if (doctor.isPending || doctor.isError) return <QueryState query={doctor} spacious />
  const zone = doctor.data.timezone
  const day = date ?? dateInZone(new Date(), zone)
  return <AgendaRange doctorId={doctorId} zone={zone} view={view} day={day} onChange={onChange} />
}

function AgendaRange({
  doctorId,
  zone,
  view,
  day,
  onChange,
}: {
  doctorId: string
  zone: string
  view: AgendaView
  day: string
  onChange: AgendaProps['onChange']
}) {
  const { t } = useTranslation()
  const dates = view === 'day' ? [day] : weekDates(startOfWeek(day))
  const from = startOfDayInZone(dates[0], zone).toISOString()
  const to = startOfDayInZone(plusDays(dates[dates.length - 1], 1), zone).toISOString()
  const appointments = useAppointments({ doctorId, from, to, page: 0, size: AGENDA_LIMIT })
  const step = view === 'day' ? 1 : 7
  const today = dateInZone(new Date(), zone)

  return (
    <div className="grid gap-4" data-testid="agenda">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-2">
          <Button
            variant="secondary"
            size="icon"
            onClick={() => onChange({ view, date: plusDays(day, -step) })}
            aria-label={t(`scheduling.agenda.previous.${view}`)}
          >
            <ChevronLeft aria-hidden="true" />
          </Button>
          <p className="min-w-48 text-center font-semibold text-ink" aria-live="polite">
            {view === 'day' ? formatLongDate(day) : t('scheduling.slots.weekOf', { from: formatDate(dates[0]), to: formatDate(dates[6]) })}
          </p>
          <Button
            variant="secondary"
            size="icon"
            onClick={() => onChange({ view, date: plusDays(day, step) })}
            aria-label={t(`scheduling.agenda.next.${view}`)}
          >
            <ChevronRight aria-hidden="true" />
          </Button>
          {day !== today && (
            <Button variant="link" onClick={() => onChange({ view, date: today })}>
              {t('scheduling.agenda.today')}
            </Button>
          )}
        </div>
        <div
          role="group"
          aria-label={t('scheduling.agenda.view')}
          className="flex gap-1 rounded-xl border border-line bg-surface p-1 text-sm"
        >
          {(['day', 'week'] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={view === option}
              onClick={() => onChange({ view: option, date: day })}
              className={cn(
                'rounded-lg px-4 py-1.5 font-medium',
                view === option ? 'bg-brand-700 text-white' : 'text-muted hover:text-ink',
              )}
            >
              {t(`scheduling.agenda.views.${option}`)}
            </button>
          ))}
        </div>
      </div>
      <p className="text-xs text-muted">{t('scheduling.agenda.zone', { zone: zoneLabel(zone) })}</p>
      <QueryState query={appointments} />
      {appointments.data?.hasNext && <Alert tone="warning">{t('scheduling.agenda.truncated', { count: AGENDA_LIMIT })}</Alert>}
      {appointments.data && (
        <Card>
          <CardContent className="grid divide-y divide-line py-2">
            {groupByDay(appointments.data.content, zone, dates).map(({ date, items }) => (
              <section key={date} aria-label={formatLongDate(date)} className="grid gap-1 py-3" data-date={date}>
                {view === 'week' && (
                  <h2
                    className={cn(
                      'flex flex-wrap items-baseline justify-between gap-2 text-sm font-semibold',
                      date === today ? 'text-brand-700' : 'text-ink',
                    )}
                  >
                    {formatLongDate(date)}
                    {items.length === 0 && <span className="text-sm font-normal text-muted">{t('scheduling.agenda.empty')}</span>}
                  </h2>
                )}
                {view === 'day' && items.length === 0 && (
                  <p className="py-6 text-center text-sm text-muted">{t('scheduling.agenda.empty')}</p>
                )}
                {items.length > 0 && (
                  <ul className="divide-y divide-line">
                    {items.map((appointment) => (
                      <AgendaItem key={appointment.id} appointment={appointment} zone={zone} />
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </CardContent>
        </Card>
      )}
    </div>
  )
}

function AgendaItem({ appointment, zone }: { appointment: Appointment; zone: string }) {
  const { t } = useTranslation()
  const change = useChangeAppointment()
  const now = useNow()
  const started = new Date(appointment.startsAt).getTime() <= now
  const busy = (action: string) => change.isPending && change.variables?.action === action
  return (
    <li className="grid gap-2 py-3" data-testid="agenda-item" data-patient={appointment.patientName ?? ''}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-0.5">
          <p className="font-semibold tabular-nums text-ink">
            {formatTimeInZone(appointment.startsAt, zone)}–{formatTimeInZone(appointment.endsAt, zone)}
          </p>
          <p className="text-sm text-ink">{appointment.patientName ?? t('scheduling.agenda.unknownPatient')}</p>
          {appointment.reason && <p className="text-sm text-muted">{appointment.reason}</p>}
        </div>
        <StatusBadge status={appointment.status} />
      </div>
      {appointment.status === 'BOOKED' && (
        <div className="flex flex-wrap gap-2">
          <Button
            size="sm"
            variant="secondary"
            disabled={!started || change.isPending}
            pending={busy('complete')}
            onClick={() => change.mutate({ id: appointment.id, action: 'complete' })}
          >
            {t('scheduling.agenda.complete')}
          </Button>
          <Button
            size="sm"
            variant="secondary"
            disabled={!started || change.isPending}
            pending={busy('no-show')}
            onClick={() => change.mutate({ id: appointment.id, action: 'no-show' })}
          >
            {t('scheduling.agenda.noShow')}
          </Button>
          <ConfirmButton
            disabled={change.isPending}
            pending={busy('cancel')}
            confirmLabel={t('scheduling.appointments.confirmCancel')}
            keepLabel={t('scheduling.appointments.keep')}
            onConfirm={() => change.mutate({ id: appointment.id, action: 'cancel' })}
          >
            {t('scheduling.agenda.cancel')}
          </ConfirmButton>
          {!started && <span className="self-center text-xs text-muted">{t('scheduling.agenda.afterStart')}</span>}
        </div>
      )}
      {change.isError && <QueryError error={change.error} />}
    </li>
  )
}
