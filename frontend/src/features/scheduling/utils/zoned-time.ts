// Slots and appointments are instants; members and clinicians see them on their own wall clock.
// These helpers do the time-zone arithmetic with Intl only (no date library).

const partsFormatters = new Map<string, Intl.DateTimeFormat>()

function partsFormatter(timeZone: string) {
  let formatter = partsFormatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    partsFormatters.set(timeZone, formatter)
  }
  return formatter
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number }

function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(partsFormatter(timeZone).formatToParts(instant).map((part) => [part.type, part.value]))
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  }
}

const pad = (value: number) => String(value).padStart(2, '0')

/** The calendar date ("YYYY-MM-DD") of an instant in a time zone. */
export function dateInZone(instant: string | Date, timeZone: string): string {
  const clock = wallClock(typeof instant === 'string' ? new Date(instant) : instant, timeZone)
  return `${clock.year}-${pad(clock.month)}-${pad(clock.day)}`
}

/** Minutes the zone is ahead of UTC at that instant. */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const clock = wallClock(instant, timeZone)
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second)
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000)
}

/** The instant a "YYYY-MM-DD" date starts in a time zone (DST-aware). */
export function startOfDayInZone(date: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number)
  const guess = Date.UTC(year, month - 1, day)
  let instant = guess - offsetMinutes(new Date(guess), timeZone) * 60_000
  // Near a DST change the offset at the guess can differ from the one at local midnight.
  instant = guess - offsetMinutes(new Date(instant), timeZone) * 60_000
  return new Date(instant)
}

/** Whole days from a "YYYY-MM-DD" date, on the plain calendar. */
export function plusDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number)
  const next = new Date(Date.UTC(year, month - 1, day + days))
  return `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`
}

/** The Monday of the week holding a date. */
export function startOfWeek(date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay()
  return plusDays(date, -((weekday + 6) % 7))
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

/** A time of day in a zone, in the browser's conventions ("09:30" or "09:30 AM"). */
export function formatTimeInZone(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(instant))
}

export function formatDateTimeInZone(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(
    new Date(instant),
  )
}

/** "Europe/Madrid (GMT+1)": the zone and its offset at a given moment. */
export function zoneLabel(timeZone: string, at = new Date()): string {
  const offset = offsetMinutes(at, timeZone)
  const sign = offset < 0 ? '−' : '+'
  const hours = Math.floor(Math.abs(offset) / 60)
  const minutes = Math.abs(offset) % 60
  return `${timeZone.replaceAll('_', ' ')} (GMT${offset === 0 ? '' : `${sign}${hours}${minutes ? `:${pad(minutes)}` : ''}`})`
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
