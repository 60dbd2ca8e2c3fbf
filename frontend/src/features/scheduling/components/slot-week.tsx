import { ChevronLeft, ChevronRight, Globe } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { QueryError } from '@/components/ui/query-state'
import { Spinner } from '@/components/ui/spinner'
import { currentDisplayLocale } from '@/i18n'
import { formatDate } from '@/lib/format'
import { cn } from '@/lib/utils'
import { useWorkingDays } from '../api/booking-guide'
import { type OpenSlot, useSlots } from '../api/get-slots'
import {
  dateInZone,
  formatDateTimeInZone,
  formatTimeInZone,
  groupByDay,
  plusDays,
  sameOffset,
  startOfWeek,
  weekDates,
  zoneLabel,
} from '../utils/zoned-time'
import { WaitlistButton } from './waitlist-button'

type SlotWeekProps = {
  doctorId: string
  doctorZone: string
  viewerZone: string
  /** Monday of the week shown, in the viewer's calendar. */
  week: string
  onWeekChange: (week: string) => void
  selected: OpenSlot | null
  onSelect: (slot: OpenSlot) => void
  waitlist?: boolean
}

function dayHeading(date: string) {
  const [year, month, day] = date.split('-').map(Number)
  return new Intl.DateTimeFormat(currentDisplayLocale(), { weekday: 'short', day: 'numeric', month: 'short' }).format(
    new Date(year, month - 1, day),
  )
}

/** A week of free slots, shown on the viewer's wall clock, with the clinician's zone when it differs. */
export function SlotWeek({ doctorId, doctorZone, viewerZone, week, onWeekChange, selected, onSelect, waitlist = false }: SlotWeekProps) {
  const { t } = useTranslation()
  const dates = weekDates(week)
  // The API takes dates on the clinician's calendar; one day either side covers any offset.
  const slots = useSlots(doctorId, plusDays(week, -1), plusDays(week, 8))
  // the waitlist is only offered on days the clinician works
  const workingDays = useWorkingDays(doctorId, plusDays(week, -1), plusDays(week, 8), waitlist)
  const works = new Set(workingDays.data ?? [])
  const days = groupByDay(slots.data ?? [], viewerZone, dates)
  const today = dateInZone(new Date(), viewerZone)
  const differentZone = !sameOffset(viewerZone, doctorZone)
  const total = days.reduce((sum, day) => sum + day.items.length, 0)

  return (
    <div className="grid gap-4" data-testid="slot-week">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-2">
          <Button
            variant="secondary"
            size="icon"
            disabled={week <= startOfWeek(today)}
            onClick={() => onWeekChange(plusDays(week, -7))}
            aria-label={t('scheduling.slots.previousWeek')}
          >
            <ChevronLeft aria-hidden="true" />
          </Button>
          <p className="min-w-48 text-center text-sm font-semibold text-ink" aria-live="polite">
            {t('scheduling.slots.weekOf', { from: formatDate(week), to: formatDate(plusDays(week, 6)) })}
          </p>
          <Button
            variant="secondary"
            size="icon"
            onClick={() => onWeekChange(plusDays(week, 7))}
            aria-label={t('scheduling.slots.nextWeek')}
            data-testid="next-week"
          >
            <ChevronRight aria-hidden="true" />
          </Button>
          {slots.isFetching && <Spinner className="text-muted" />}
        </div>
        <p className="flex items-start gap-1.5 text-xs text-muted" data-testid="slot-zone">
          <Globe aria-hidden="true" className="mt-0.5 size-3.5 shrink-0" />
          <span>
            {t('scheduling.slots.shownIn', { zone: zoneLabel(viewerZone) })}
            {differentZone && (
              <>
                <br />
                {t('scheduling.slots.clinicianIn', { zone: zoneLabel(doctorZone) })}
              </>
            )}
          </span>
        </p>
      </div>
      {slots.isError && <QueryError error={slots.error} />}
      {slots.isSuccess && total === 0 && <Alert tone="info">{t('scheduling.slots.noneThisWeek')}</Alert>}
      <div className="grid gap-3 md:grid-cols-7 md:gap-2">
        {days.map(({ date, items }) => {
          const past = date < today
          return (
            <section
              key={date}
              aria-label={dayHeading(date)}
              className={cn('grid content-start gap-1.5 rounded-xl border border-line bg-surface p-2', past && 'opacity-60')}
            >
              <h3 className={cn('px-1 text-xs font-semibold uppercase tracking-wide', date === today ? 'text-brand-700' : 'text-muted')}>
                {dayHeading(date)}
              </h3>
              {items.length === 0 ? (
                <div className="grid gap-1.5 px-1 pb-1">
                  <p className="text-xs text-muted">{past ? t('scheduling.slots.past') : t('scheduling.slots.noneThisDay')}</p>
                  {waitlist && !past && slots.isSuccess && works.has(date) && <WaitlistButton doctorId={doctorId} date={date} />}
                </div>
              ) : (
                <ul className="grid grid-cols-3 gap-1.5 md:grid-cols-1">
                  {items.map((slot) => {
                    const active = selected?.startsAt === slot.startsAt
                    return (
                      <li key={slot.startsAt}>
                        <button
                          type="button"
                          aria-pressed={active}
                          // The visible text is only the time; the name also says the day.
                          aria-label={formatDateTimeInZone(slot.startsAt, viewerZone)}
                          onClick={() => onSelect(slot)}
                          data-testid="slot"
                          data-starts-at={slot.startsAt}
                          className={cn(
                            'w-full rounded-lg border px-2 py-1.5 text-sm font-medium tabular-nums transition-colors',
                            active
                              ? 'border-brand-700 bg-brand-700 text-white'
                              : 'border-brand-200 bg-brand-50 text-brand-800 hover:bg-brand-100',
                          )}
                        >
                          {formatTimeInZone(slot.startsAt, viewerZone)}
                        </button>
                      </li>
                    )
                  })}
                </ul>
              )}
            </section>
          )
        })}
      </div>
    </div>
  )
}
