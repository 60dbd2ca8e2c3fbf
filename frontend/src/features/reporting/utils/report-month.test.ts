import { beforeAll, describe, expect, it } from 'vitest'
import i18n from '@/i18n'
import { lastMonth, reportMonthSchema } from './report-month'

describe('the report month', () => {
  beforeAll(() => i18n.changeLanguage('en'))
  const t = i18n.t.bind(i18n)

  it('starts on the month before, across a new year', () => {
    expect(lastMonth(new Date(2027, 0, 15))).toBe('2026-12')
    expect(lastMonth(new Date(2026, 10, 30))).toBe('2026-10')
  })

  it('sends the year and the month, and wants a whole month', () => {
    expect(reportMonthSchema(t).parse({ month: '2026-03' })).toEqual({ month: { year: 2026, month: 3 } })
    expect(reportMonthSchema(t).safeParse({ month: '' }).error?.issues[0].message).toBe('This field is required.')
    expect(reportMonthSchema(t).safeParse({ month: '2026-13' }).success).toBe(false)
  })
})
