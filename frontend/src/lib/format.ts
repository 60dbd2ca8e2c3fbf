import { addDays as addCalendarDays, format } from 'date-fns'
import { currentDisplayLocale } from '@/i18n'

// Dates and numbers are written in the UI's language, in the browser's regional form of it
// when it has one (currentDisplayLocale): a page never mixes two languages.

/** Parses "YYYY-MM-DD" as a calendar date in local time (Date.parse would use UTC midnight). */
export function parseLocalDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return null
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  return date.getMonth() === Number(match[2]) - 1 ? date : null
}

export function formatDate(value: string): string {
  const date = parseLocalDate(value)
  return date ? new Intl.DateTimeFormat(currentDisplayLocale(), { dateStyle: 'medium' }).format(date) : value
}

export function formatDateTime(value: string): string {
  const date = new Date(value)
  return Number.isNaN(date.getTime())
    ? value
    : new Intl.DateTimeFormat(currentDisplayLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

/** Money in the viewer's language, with its cents (display only; the server keeps decimal strings exact). */
export function formatMoney(amount: number | string, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(amount))
}

export function formatNumber(value: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(currentDisplayLocale(), { maximumFractionDigits }).format(value)
}

/** Today's date as "YYYY-MM-DD" in local time. */
export function todayIso(now = new Date()): string {
  return format(now, 'yyyy-MM-dd')
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}

/** Adds whole days to a "YYYY-MM-DD" date (local calendar, DST-safe). */
export function addDays(value: string, days: number): string {
  return todayIso(addCalendarDays(parseLocalDate(value) ?? new Date(), days))
}

/** True for a real "YYYY-MM-DD" calendar date. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parseLocalDate(value) !== null
}

/**
 * "Lunes, 30 de noviembre": weekday, day and month, first letter capitalised (Spanish writes them
 * lower-case); with the year when it is not this year's ("Lunes, 1 de junio de 2015").
 */
export function formatLongDate(value: string, now = new Date()): string {
  const date = parseLocalDate(value)
  if (!date) return value
  const year = date.getFullYear() === now.getFullYear() ? undefined : 'numeric'
  const text = new Intl.DateTimeFormat(currentDisplayLocale(), { weekday: 'long', day: 'numeric', month: 'long', year }).format(date)
  return text.charAt(0).toLocaleUpperCase() + text.slice(1)
}

/** "23–29 nov" or "Nov 23 – 29": two local dates as a range, each part written once. */
export function formatDayRange(from: Date, to: Date): string {
  return new Intl.DateTimeFormat(currentDisplayLocale(), { day: 'numeric', month: 'short' }).formatRange(from, to)
}

/** "feb 2026" for "2026-02"; the text itself when it is not a year and month. */
export function formatMonth(value: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(value)
  if (!match) return value
  return new Intl.DateTimeFormat(currentDisplayLocale(), { month: 'short', year: 'numeric' }).format(
    new Date(Number(match[1]), Number(match[2]) - 1, 1),
  )
}

/** "30 nov" for "2026-11-30": day and month, for chart axes. */
export function formatDayMonth(value: string): string {
  const date = parseLocalDate(value)
  return date ? new Intl.DateTimeFormat(currentDisplayLocale(), { day: 'numeric', month: 'short' }).format(date) : value
}
