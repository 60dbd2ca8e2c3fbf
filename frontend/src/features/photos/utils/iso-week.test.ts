import { describe, expect, it } from 'vitest'
import { isoWeekDays } from './iso-week'

const day = (date: Date) => [date.getFullYear(), date.getMonth() + 1, date.getDate()]

describe('isoWeekDays', () => {
  it('gives the Monday and Sunday of an ISO week', () => {
    const week = isoWeekDays('2026-W48')
    expect(week && day(week.monday)).toEqual([2026, 11, 23])
    expect(week && day(week.sunday)).toEqual([2026, 11, 29])
  })

  it('handles weeks that straddle the new year', () => {
    const week = isoWeekDays('2026-W01')
    expect(week && day(week.monday)).toEqual([2025, 12, 29])
    expect(week && day(week.sunday)).toEqual([2026, 1, 4])
  })

  it('knows which years have a week 53', () => {
    expect(isoWeekDays('2026-W53')?.monday.getDate()).toBe(28)
    expect(isoWeekDays('2027-W53')).toBeNull()
  })

  it('refuses anything that is not an ISO week', () => {
    expect(isoWeekDays('2026-48')).toBeNull()
    expect(isoWeekDays('2026-W54')).toBeNull()
    expect(isoWeekDays('')).toBeNull()
  })
})
