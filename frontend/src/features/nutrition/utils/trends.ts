import { addDays } from '@/lib/format'
import type { DayTotals } from '../api/get-summary'

export const trendRanges = ['week', 'month'] as const
export type TrendRange = (typeof trendRanges)[number]

/** The inclusive dates of the last 7 or 30 days ending on `end`. */
export function rangeEnding(end: string, range: TrendRange): { from: string; to: string } {
  return { from: addDays(end, range === 'week' ? -6 : -29), to: end }
}

export type TrendPoint = { date: string; kcal: number | null }

/** One point per calendar day from `from` to `to`, with null where nothing was logged. */
export function dailySeries(days: DayTotals[], from: string, to: string): TrendPoint[] {
  const byDate = new Map(days.map((day) => [day.date, day]))
  const points: TrendPoint[] = []
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const day = byDate.get(date)
    points.push({ date, kcal: day && day.entries > 0 ? (day.totals.kcal ?? 0) : null })
  }
  return points
}

/** A y axis with round ticks (steps of 250, 500 or 1000 kcal) that fits every value and the target. */
export function axisFor(values: (number | null)[], target: number | null): { max: number; ticks: number[] } {
  const highest = Math.max(0, target ?? 0, ...values.map((value) => value ?? 0)) * 1.05
  const step = highest <= 1000 ? 250 : highest <= 2500 ? 500 : 1000
  const max = Math.max(step * 2, Math.ceil(highest / step) * step)
  return { max, ticks: Array.from({ length: max / step + 1 }, (_, index) => index * step) }
}

/**
 * The days the x axis names, counted back from the last day so it is always named and the gaps are
 * even: every day of a week (every other on a narrow screen, where seven "Thu 26" do not fit),
 * every second day of a month (every fifth when narrow).
 */
export function labelledDates(points: TrendPoint[], narrow: boolean): string[] {
  const step = points.length <= 7 ? (narrow ? 2 : 1) : narrow ? 5 : 2
  return points.filter((_, index) => (points.length - 1 - index) % step === 0).map((point) => point.date)
}

/** The last days of the adherence bar, oldest first, each marked when something was logged on it. */
export function adherenceDays(adherence: { from: string; ofDays: number; loggedDates: string[] }): { date: string; logged: boolean }[] {
  const logged = new Set(adherence.loggedDates)
  const [year, month, day] = adherence.from.split('-').map(Number)
  return Array.from({ length: adherence.ofDays }, (_, index) => {
    const date = new Date(Date.UTC(year, month - 1, day + index)).toISOString().slice(0, 10)
    return { date, logged: logged.has(date) }
  })
}
