import { TZDate, tzOffset } from '@date-fns/tz'
import { format, startOfWeek as mondayOf } from 'date-fns'
import { currentDisplayLocale } from '@/i18n'
import { addDays, parseLocalDate } from '@/lib/format'

// Slots and appointments are instants; members and clinicians see them on their own wall clock.
// date-fns with @date-fns/tz does the zone arithmetic; dates are "YYYY-MM-DD" strings.

/** The calendar date ("YYYY-MM-DD") of an instant in a time zone. */
export function dateInZone(instant: string | Date, timeZone: string): string {
  return format(new TZDate(new Date(instant).getTime(), timeZone), 'yyyy-MM-dd')
}

/** Minutes the zone is ahead of UTC at that instant. */
export function offsetMinutes(instant: Date, timeZone: string): number {
  return tzOffset(timeZone, instant)
}

/** The instant a "YYYY-MM-DD" date starts in a time zone (DST-aware). */
export function startOfDayInZone(date: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number)
  return new Date(new TZDate(year, month - 1, day, timeZone).getTime())
}

/** Whole days from a "YYYY-MM-DD" date, on the plain calendar. */
export const plusDays = addDays

/** The Monday of the week holding a date. */
export function startOfWeek(date: string): string {
  return format(mondayOf(parseLocalDate(date) ?? new Date(), { weekStartsOn: 1 }), 'yyyy-MM-dd')
}

export function weekDates(monday: string): string[] {
  return Array.from({ length: 7 }, (_, index) => plusDays(monday, index))
}

/** Items with a start instant, grouped by calendar date in a zone, one group per requested date, in time order. */
export function groupByDay<T extends { startsAt: string }>(items: T[], timeZone: string, dates: string[]): { date: string; items: T[] }[] {
  const groups = new Map(dates.map((date) => [date, [] as T[]]))
  const sorted = [...items].sort((a, b) => new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime())
  for (const item of sorted) groups.get(dateInZone(item.startsAt, timeZone))?.push(item)
  return dates.map((date) => ({ date, items: groups.get(date) ?? [] }))
}

/** The hour with a leading zero on a 24-hour clock ("09:30"), without one on a 12-hour clock ("9:30 AM"). */
function hourDigits(locale: string): '2-digit' | 'numeric' {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle
  return cycle === 'h11' || cycle === 'h12' ? 'numeric' : '2-digit'
}

/** A time of day in a zone, in the UI language's conventions ("09:30" or "9:30 AM"). */
export function formatTimeInZone(instant: string, timeZone: string, locale: string = currentDisplayLocale()): string {
  return new Intl.DateTimeFormat(locale, { timeZone, hour: hourDigits(locale), minute: '2-digit' }).format(new Date(instant))
}

export function formatDateTimeInZone(instant: string, timeZone: string, locale: string = currentDisplayLocale()): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: hourDigits(locale),
    minute: '2-digit',
  }).format(new Date(instant))
}

/** "Europe/Madrid (GMT+1)": the zone and its offset at a given moment. */
export function zoneLabel(timeZone: string, at = new Date()): string {
  const offset = offsetMinutes(at, timeZone)
  const sign = offset < 0 ? '−' : '+'
  const hours = Math.floor(Math.abs(offset) / 60)
  const minutes = Math.abs(offset) % 60
  return `${timeZone.replaceAll('_', ' ')} (GMT${offset === 0 ? '' : `${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`})`
}

/** True when two zones show the same wall clock at that moment. */
export function sameOffset(a: string, b: string, at = new Date()): boolean {
  return offsetMinutes(at, a) === offsetMinutes(at, b)
}

/** True for a time-zone name this browser knows (IANA, such as Europe/Madrid). */
export function isTimeZone(value: string | null | undefined): value is string {
  if (!value) return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value })
    return true
  } catch {
    return false
  }
}
