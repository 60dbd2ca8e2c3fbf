import { beforeAll, describe, expect, it } from 'vitest'
import i18n from '@/i18n'
import { draftFromAvailability, readAvailability } from './availability-draft'

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

  it('round-trips the rules, sorting days and trimming seconds', () => {
    const draft = draftFromAvailability(rules)
    expect(draft.weekly.map((window) => `${window.dayOfWeek} ${window.start}-${window.end}`)).toEqual([
      'MONDAY 09:00-13:00',
      'WEDNESDAY 16:00-19:00',
    ])
    const { rules: read, errors } = readAvailability(draft, t)
    expect(errors).toEqual({})
    expect(read?.weekly).toEqual([
      { dayOfWeek: 'MONDAY', start: '09:00', end: '13:00' },
      { dayOfWeek: 'WEDNESDAY', start: '16:00', end: '19:00' },
    ])
    expect(read?.exceptions).toEqual([{ date: '2026-12-24', type: 'OFF', start: null, end: null }])
  })

  it('rejects windows that end before they start and extra hours without times', () => {
    const draft = draftFromAvailability(rules)
    draft.weekly[0].end = '08:00'
    draft.exceptions.push({ key: 9, date: '2026-12-26', type: 'EXTRA', start: '', end: '' })
    draft.slotMinutes = '2'
    const { rules: read, errors } = readAvailability(draft, t)
    expect(read).toBeNull()
    expect(Object.keys(errors).sort()).toEqual(['exceptions[1].end', 'slotMinutes', 'weekly[0].end'])
  })
})
