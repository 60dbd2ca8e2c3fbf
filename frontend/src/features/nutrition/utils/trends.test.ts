import { describe, expect, it } from 'vitest'
import { addDays } from '@/lib/format'
import { adherenceDays, axisFor, dailySeries, labelledDates, rangeEnding } from './trends'

const totals = (kcal: number | null) => ({ kcal, proteinG: null, fatG: null, carbsG: null, fiberG: null, sugarsG: null, sodiumMg: null })

describe('rangeEnding', () => {
  it('covers 7 or 30 days including the end date, across months', () => {
    expect(rangeEnding('2026-03-03', 'week')).toEqual({ from: '2026-02-25', to: '2026-03-03' })
    expect(rangeEnding('2026-03-30', 'month')).toEqual({ from: '2026-03-01', to: '2026-03-30' })
  })
})

describe('dailySeries', () => {
  it('fills every day and leaves unlogged days empty', () => {
    const series = dailySeries(
      [
        { date: '2026-03-01', entries: 2, totals: totals(1800) },
        { date: '2026-03-03', entries: 0, totals: totals(null) },
      ],
      '2026-03-01',
      '2026-03-03',
    )
    expect(series).toEqual([
      { date: '2026-03-01', kcal: 1800 },
      { date: '2026-03-02', kcal: null },
      { date: '2026-03-03', kcal: null },
    ])
  })
})

describe('axisFor', () => {
  it('rounds up above the highest value or target with round ticks', () => {
    expect(axisFor([1800, null, 2600], 2000)).toEqual({ max: 3000, ticks: [0, 1000, 2000, 3000] })
    expect(axisFor([1500], 2000)).toEqual({ max: 2500, ticks: [0, 500, 1000, 1500, 2000, 2500] })
    expect(axisFor([700], null)).toEqual({ max: 750, ticks: [0, 250, 500, 750] })
    expect(axisFor([null], null)).toEqual({ max: 500, ticks: [0, 250, 500] })
  })
})

describe('labelledDates', () => {
  const days = (count: number) => dailySeries([], '2026-11-01', addDays('2026-11-01', count - 1))
  it('names every day of a week, every other one on a narrow screen, always the last', () => {
    expect(labelledDates(days(7), false)).toHaveLength(7)
    expect(labelledDates(days(7), true)).toEqual(['2026-11-01', '2026-11-03', '2026-11-05', '2026-11-07'])
  })
  it('names every fifth day of a month on a narrow screen back from the last one, so the gaps are even', () => {
    expect(labelledDates(days(30), true)).toEqual(['2026-11-05', '2026-11-10', '2026-11-15', '2026-11-20', '2026-11-25', '2026-11-30'])
    expect(labelledDates(days(30), false)).toHaveLength(15)
  })
})

describe('adherenceDays', () => {
  it('marks the days actually logged, not the first ones', () => {
    const days = adherenceDays({ from: '2026-02-25', ofDays: 7, loggedDates: ['2026-02-26', '2026-03-03'] })
    expect(days.map((day) => day.date)).toEqual([
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
    ])
    expect(days.map((day) => day.logged)).toEqual([false, true, false, false, false, false, true])
  })
})
