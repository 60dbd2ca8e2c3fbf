import type { TFunction } from 'i18next'
import { z } from 'zod'
import { parseDecimal } from '@/lib/decimal'
import type { Availability, DayOfWeek } from '../api/availability'
import { weekDays } from '../api/availability'

export type WindowDraft = { dayOfWeek: DayOfWeek; start: string; end: string }
export type ExceptionDraft = { date: string; type: 'OFF' | 'EXTRA'; start: string; end: string }

/** The form's values: numbers as typed, times as "HH:mm", nested like the request so server paths name the same fields. */
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
      .map((window) => ({ dayOfWeek: window.dayOfWeek, start: hhmm(window.start), end: hhmm(window.end) })),
    exceptions: [...rules.exceptions]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((exception) => ({ date: exception.date, type: exception.type, start: hhmm(exception.start), end: hhmm(exception.end) })),
  }
}

/** The next weekly row: the day after the last one, with its hours (Monday 9–13 for the first). */
export function nextWindow(weekly: WindowDraft[]): WindowDraft {
  const last = weekly[weekly.length - 1]
  const dayOfWeek = last ? weekDays[(weekDays.indexOf(last.dayOfWeek) + 1) % 7] : 'MONDAY'
  return { dayOfWeek, start: last?.start || '09:00', end: last?.end || '13:00' }
}

/** The bounds of AvailabilityRules on the server. */
export const limits = {
  slotMinutes: [5, 480],
  bufferMinutes: [0, 240],
  minNoticeMinutes: [0, 43200],
  horizonDays: [1, 365],
} as const

const ordered = (start: string, end: string) => Boolean(start && end && start < end)

/** Validates like the server and builds the PUT body; issue paths follow the form's fields ("weekly.0.end"). */
export function availabilitySchema(t: TFunction) {
  const whole = (field: keyof typeof limits) => {
    const [min, max] = limits[field]
    const outOfRange = t('validation.range', { min, max, unit: field === 'horizonDays' ? t('scheduling.availability.days') : 'min' })
    return z
      .string()
      .transform(parseDecimal)
      .pipe(z.number({ error: outOfRange }).int(outOfRange).min(min, outOfRange).max(max, outOfRange))
  }
  const window = z.object({ dayOfWeek: z.enum(weekDays), start: z.string(), end: z.string() }).superRefine((hours, ctx) => {
    if (!ordered(hours.start, hours.end))
      ctx.addIssue({ code: 'custom', path: ['end'], message: t('scheduling.availability.endAfterStart') })
  })
  const exception = z
    .object({ date: z.string(), type: z.enum(['OFF', 'EXTRA']), start: z.string(), end: z.string() })
    .superRefine((day, ctx) => {
      if (!day.date) ctx.addIssue({ code: 'custom', path: ['date'], message: t('validation.required') })
      // A day off without times is off all day; timed days off and extra hours need a range.
      const timed = day.start !== '' || day.end !== ''
      if ((timed || day.type === 'EXTRA') && !ordered(day.start, day.end)) {
        const message = day.type === 'EXTRA' ? t('scheduling.availability.extraNeedsTimes') : t('scheduling.availability.endAfterStart')
        ctx.addIssue({ code: 'custom', path: ['end'], message })
      }
    })
  return z
    .object({
      timezone: z.string().trim().min(1, t('validation.required')),
      slotMinutes: whole('slotMinutes'),
      bufferMinutes: whole('bufferMinutes'),
      minNoticeMinutes: whole('minNoticeMinutes'),
      horizonDays: whole('horizonDays'),
      weekly: z.array(window).superRefine((weekly, ctx) => {
        // ranges of one day may touch (09:00–13:00, 13:00–17:00) but not overlap, as the server checks
        weekly.forEach((range, index) => {
          const overlapped = weekly
            .slice(0, index)
            .some((earlier) => earlier.dayOfWeek === range.dayOfWeek && range.start < earlier.end && earlier.start < range.end)
          if (overlapped) ctx.addIssue({ code: 'custom', path: [index, 'start'], message: t('scheduling.availability.overlaps') })
        })
      }),
      exceptions: z.array(exception),
    })
    .transform((draft): Availability => ({
      ...draft,
      exceptions: draft.exceptions.map((day) => ({ ...day, start: day.start || null, end: day.end || null })),
    }))
}
