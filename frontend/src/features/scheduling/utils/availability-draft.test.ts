import { beforeAll, describe, expect, it } from 'vitest'
import i18n from '@/i18n'
import { type AvailabilityDraft, availabilitySchema, draftFromAvailability, nextWindow } from './availability-draft'

const rules = {
  timezone: 'Europe/Madrid',
  slotMinutes: 30,
  bufferMinutes: 0,
  minNoticeMinutes: 120,
  horizonDays: 90,
  weekly: [
    { dayOfWeek: 'WEDNESDAY' as const, start: '16:00:00', end: '19:00:00' },
    { dayOfWeek: 'MONDAY' as const, start: '09:00:00', end: '13:00:00' },
  ],
  exceptions: [{ date: '2026-12-24', type: 'OFF' as const, start: null, end: null }],
}

describe('availability drafts', () => {
  beforeAll(() => i18n.changeLanguage('en'))
  const t = i18n.t.bind(i18n)
  /** Each failing field's path, as react-hook-form names it, with its message. */
  const issues = (draft: AvailabilityDraft) => {
    const result = availabilitySchema(t).safeParse(draft)
    return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]))
  }

  it('round-trips the rules, sorting days and trimming seconds', () => {
    const draft = draftFromAvailability(rules)
    expect(draft.weekly.map((window) => `${window.dayOfWeek} ${window.start}-${window.end}`)).toEqual([
      'MONDAY 09:00-13:00',
      'WEDNESDAY 16:00-19:00',
    ])
    const read = availabilitySchema(t).parse(draft)
    expect(read.slotMinutes).toBe(30)
    expect(read.weekly).toEqual([
      { dayOfWeek: 'MONDAY', start: '09:00', end: '13:00' },
      { dayOfWeek: 'WEDNESDAY', start: '16:00', end: '19:00' },
    ])
    expect(read.exceptions).toEqual([{ date: '2026-12-24', type: 'OFF', start: null, end: null }])
  })

  it('rejects windows that end before they start and extra hours without times, all at once', () => {
    const draft = draftFromAvailability(rules)
    draft.weekly[0].end = '08:00'
    draft.exceptions.push({ date: '2026-12-26', type: 'EXTRA', start: '', end: '' })
    draft.slotMinutes = '2'
    expect(issues(draft)).toEqual({
      slotMinutes: 'Enter a value between 5 and 480 min.',
      'weekly.0.end': 'The end must be after the start.',
      'exceptions.1.end': 'Extra hours need a start and an end.',
    })
  })

  it('lets ranges of one day touch but not overlap', () => {
    const draft = draftFromAvailability(rules)
    draft.weekly.push({ dayOfWeek: 'MONDAY', start: '13:00', end: '15:00' })
    expect(issues(draft)).toEqual({})
    draft.weekly.push({ dayOfWeek: 'MONDAY', start: '14:30', end: '16:00' })
    expect(issues(draft)).toEqual({ 'weekly.3.start': 'This range overlaps another one of the same day.' })
  })

  it('takes a day off without times as the whole day, but a timed one needs its range in order', () => {
    const draft = draftFromAvailability(rules)
    expect(issues(draft)).toEqual({})
    draft.exceptions[0].start = '12:00'
    expect(issues(draft)).toEqual({ 'exceptions.0.end': 'The end must be after the start.' })
    draft.exceptions[0].end = '14:00'
    expect(issues(draft)).toEqual({})
  })

  it('treats equal times as an empty window and asks for the date and whole numbers', () => {
    const draft = draftFromAvailability(rules)
    draft.weekly[1].end = draft.weekly[1].start
    draft.exceptions[0].date = ''
    draft.horizonDays = '30,5'
    draft.timezone = '  '
    expect(Object.keys(issues(draft)).sort()).toEqual(['exceptions.0.date', 'horizonDays', 'timezone', 'weekly.1.end'])
  })

  it('adds the day after the last window with the same hours', () => {
    expect(nextWindow([])).toEqual({ dayOfWeek: 'MONDAY', start: '09:00', end: '13:00' })
    expect(nextWindow([{ dayOfWeek: 'SUNDAY', start: '16:00', end: '19:00' }])).toEqual({
      dayOfWeek: 'MONDAY',
      start: '16:00',
      end: '19:00',
    })
  })
})
