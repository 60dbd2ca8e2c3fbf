import type { TFunction } from 'i18next'
import type { Availability, DateException, DayOfWeek, WeeklyHours } from '../api/availability'
import { weekDays } from '../api/availability'

export type WindowDraft = { key: number; dayOfWeek: DayOfWeek; start: string; end: string }
export type ExceptionDraft = { key: number; date: string; type: 'OFF' | 'EXTRA'; start: string; end: string }

export type AvailabilityDraft = {
  timezone: string
  slotMinutes: string
  bufferMinutes: string
  minNoticeMinutes: string
  horizonDays: string
  weekly: WindowDraft[]
  exceptions: ExceptionDraft[]
}

/** "09:00:00" or "09:00" → "09:00", as time inputs want it. */
export const hhmm = (time: string | null | undefined) => (time ? time.slice(0, 5) : '')

export function draftFromAvailability(rules: Availability): AvailabilityDraft {
  return {
    timezone: rules.timezone,
    slotMinutes: String(rules.slotMinutes),
    bufferMinutes: String(rules.bufferMinutes),
    minNoticeMinutes: String(rules.minNoticeMinutes),
    horizonDays: String(rules.horizonDays),
    weekly: [...rules.weekly]
      .sort((a, b) => weekDays.indexOf(a.dayOfWeek) - weekDays.indexOf(b.dayOfWeek) || a.start.localeCompare(b.start))
      .map((window, index) => ({ key: index, dayOfWeek: window.dayOfWeek, start: hhmm(window.start), end: hhmm(window.end) })),
    exceptions: [...rules.exceptions]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((exception, index) => ({
        key: 1000 + index,
        date: exception.date,
        type: exception.type,
        start: hhmm(exception.start),
        end: hhmm(exception.end),
      })),
  }
}

const limits = {
  slotMinutes: [5, 480],
  bufferMinutes: [0, 240],
  minNoticeMinutes: [0, 43200],
  horizonDays: [1, 365],
} as const

/** Validates like the server; error keys follow its JSON paths ("weekly[0].end"). */
export function readAvailability(draft: AvailabilityDraft, t: TFunction): { rules: Availability | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  if (!draft.timezone.trim()) errors.timezone = t('validation.required')
  const numbers = {} as Record<keyof typeof limits, number>
  for (const field of Object.keys(limits) as (keyof typeof limits)[]) {
    const value = Number(draft[field])
    const [min, max] = limits[field]
    if (draft[field].trim() === '' || !Number.isInteger(value) || value < min || value > max) {
      errors[field] = t('validation.range', { min, max, unit: field === 'horizonDays' ? t('scheduling.availability.days') : 'min' })
    }
    numbers[field] = value
  }
  const weekly: WeeklyHours[] = draft.weekly.map((window, index) => {
    if (!window.start || !window.end || window.start >= window.end)
      errors[`weekly[${index}].end`] = t('scheduling.availability.endAfterStart')
    return { dayOfWeek: window.dayOfWeek, start: window.start, end: window.end }
  })
  const exceptions: DateException[] = draft.exceptions.map((exception, index) => {
    if (!exception.date) errors[`exceptions[${index}].date`] = t('validation.required')
    const timed = exception.start !== '' || exception.end !== ''
    if ((timed || exception.type === 'EXTRA') && (!exception.start || !exception.end || exception.start >= exception.end)) {
      errors[`exceptions[${index}].end`] =
        exception.type === 'EXTRA' ? t('scheduling.availability.extraNeedsTimes') : t('scheduling.availability.endAfterStart')
    }
    return { date: exception.date, type: exception.type, start: exception.start || null, end: exception.end || null }
  })
  if (Object.keys(errors).length > 0) return { rules: null, errors }
  return { rules: { timezone: draft.timezone.trim(), ...numbers, weekly, exceptions }, errors }
}
