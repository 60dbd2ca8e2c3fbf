import { describe, expect, it } from 'vitest'
import { diaryDateBounds, inDiaryRange } from './diary-dates'

describe('the days a diary can be kept for', () => {
  it('goes five years back and 366 days ahead', () => {
    expect(diaryDateBounds('2026-12-03')).toEqual({ min: '2021-12-03', max: '2027-12-04' })
    expect(inDiaryRange('2021-12-03', '2026-12-03')).toBe(true)
    expect(inDiaryRange('2021-12-02', '2026-12-03')).toBe(false)
    expect(inDiaryRange('2027-12-04', '2026-12-03')).toBe(true)
    expect(inDiaryRange('2027-12-05', '2026-12-03')).toBe(false)
  })

  it('counts 29 February five years back as the 28th', () => {
    expect(diaryDateBounds('2028-02-29').min).toBe('2023-02-28')
  })
})
