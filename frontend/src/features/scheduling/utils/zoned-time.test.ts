import { describe, expect, it } from 'vitest'
import {
  dateInZone,
  formatDateTimeInZone,
  formatTimeInZone,
  groupByDay,
  isTimeZone,
  offsetMinutes,
  plusDays,
  startOfDayInZone,
  startOfWeek,
  weekDates,
  zoneLabel,
} from './zoned-time'

describe('dateInZone', () => {
  it('puts an instant on the calendar date of the zone', () => {
    // 23:30 UTC is already the next day in Madrid and still the same day in New York.
    expect(dateInZone('2026-03-02T23:30:00Z', 'Europe/Madrid')).toBe('2026-03-03')
    expect(dateInZone('2026-03-02T23:30:00Z', 'America/New_York')).toBe('2026-03-02')
    expect(dateInZone('2026-03-03T00:30:00+01:00', 'UTC')).toBe('2026-03-02')
  })
})

describe('formatTimeInZone', () => {
  it('writes the hour as the language does: 09:05 on a 24-hour clock, 9:05 AM on a 12-hour one', () => {
    expect(formatTimeInZone('2026-03-02T09:05:00Z', 'UTC', 'es-ES')).toBe('09:05')
    expect(formatTimeInZone('2026-03-02T09:05:00Z', 'UTC', 'en-US')).toMatch(/^9:05\sAM$/)
    expect(formatTimeInZone('2026-03-02T09:05:00Z', 'UTC', 'en-GB')).toBe('09:05')
    expect(formatDateTimeInZone('2026-03-02T21:05:00Z', 'UTC', 'en-US')).toMatch(/^Mon, Mar 2, 9:05\sPM$/)
  })
})

describe('startOfDayInZone', () => {
  it('finds local midnight as an instant, across DST changes', () => {
    expect(startOfDayInZone('2026-01-15', 'Europe/Madrid').toISOString()).toBe('2026-01-14T23:00:00.000Z')
    expect(startOfDayInZone('2026-07-15', 'Europe/Madrid').toISOString()).toBe('2026-07-14T22:00:00.000Z')
    // Madrid moves to summer time at 02:00 on 29 March 2026; midnight is still winter time.
    expect(startOfDayInZone('2026-03-29', 'Europe/Madrid').toISOString()).toBe('2026-03-28T23:00:00.000Z')
    expect(startOfDayInZone('2026-03-30', 'Europe/Madrid').toISOString()).toBe('2026-03-29T22:00:00.000Z')
    expect(startOfDayInZone('2026-03-02', 'America/Mexico_City').toISOString()).toBe('2026-03-02T06:00:00.000Z')
  })
})

describe('weeks', () => {
  it('starts weeks on Monday and steps over month ends', () => {
    expect(startOfWeek('2026-03-01')).toBe('2026-02-23') // a Sunday
    expect(startOfWeek('2026-03-02')).toBe('2026-03-02') // a Monday
    expect(weekDates('2026-02-23')).toEqual([
      '2026-02-23',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
    ])
    expect(plusDays('2026-12-31', 1)).toBe('2027-01-01')
  })
})

describe('groupByDay', () => {
  const slots = [
    { startsAt: '2026-03-03T09:00:00+01:00' }, // Madrid morning
    { startsAt: '2026-03-02T23:30:00Z' }, // past midnight in Madrid
    { startsAt: '2026-03-02T18:00:00-06:00' }, // Mexico City evening = 01:00 next day in Madrid
  ]

  it('groups by the viewer’s calendar day, in time order', () => {
    const groups = groupByDay(slots, 'Europe/Madrid', ['2026-03-02', '2026-03-03'])
    expect(groups[0].items).toEqual([])
    expect(groups[1].items.map((slot) => slot.startsAt)).toEqual([
      '2026-03-02T23:30:00Z',
      '2026-03-02T18:00:00-06:00',
      '2026-03-03T09:00:00+01:00',
    ])
  })

  it('gives a different grouping in another zone and drops dates not asked for', () => {
    const groups = groupByDay(slots, 'America/Mexico_City', ['2026-03-02'])
    expect(groups).toHaveLength(1)
    expect(groups[0].items.map((slot) => slot.startsAt)).toEqual(['2026-03-02T23:30:00Z', '2026-03-02T18:00:00-06:00'])
  })
})

describe('zones', () => {
  it('labels a zone with its offset at a moment', () => {
    expect(offsetMinutes(new Date('2026-07-01T12:00:00Z'), 'Asia/Kolkata')).toBe(330)
    expect(zoneLabel('America/New_York', new Date('2026-01-10T12:00:00Z'))).toBe('America/New York (GMT−5)')
    expect(zoneLabel('Asia/Kolkata', new Date('2026-01-10T12:00:00Z'))).toBe('Asia/Kolkata (GMT+5:30)')
    expect(zoneLabel('UTC')).toBe('UTC (GMT)')
  })

  it('recognises valid IANA names', () => {
    expect(isTimeZone('Europe/Madrid')).toBe(true)
    expect(isTimeZone('Mars/Olympus')).toBe(false)
    expect(isTimeZone(null)).toBe(false)
  })
})
