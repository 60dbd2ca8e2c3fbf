import { describe, expect, it } from 'vitest'
import { energySplit, progressOf, ringDash } from './progress'

describe('progressOf', () => {
  it('gives the percent of the target consumed', () => {
    expect(progressOf(1000, 2000)).toEqual({ percent: 50, fill: 0.5, over: false })
    expect(progressOf(666, 2000)?.percent).toBe(33)
  })

  it('caps the fill at a full ring but reports going over', () => {
    expect(progressOf(2500, 2000)).toEqual({ percent: 125, fill: 1, over: true })
  })

  it('treats nothing logged as zero and a missing target as no progress', () => {
    expect(progressOf(null, 2000)).toEqual({ percent: 0, fill: 0, over: false })
    expect(progressOf(500, null)).toBeNull()
    expect(progressOf(500, 0)).toBeNull()
  })
})

describe('ringDash', () => {
  it('splits the circumference between dash and gap', () => {
    const { dash, gap } = ringDash(0.25, 10)
    expect(dash).toBeCloseTo((2 * Math.PI * 10) / 4)
    expect(dash + gap).toBeCloseTo(2 * Math.PI * 10)
    expect(ringDash(3, 10).gap).toBeCloseTo(0)
  })
})

describe('energySplit', () => {
  it('weighs grams by 4/9/4 kcal and sums to 100', () => {
    // 100 g protein = 400, 44.44 g fat = 400, 100 g carbs = 400 → a third each
    const split = energySplit(100, 400 / 9, 100)
    expect(split).toEqual({ protein: 34, fat: 33, carbs: 33 })
    expect(split && split.protein + split.fat + split.carbs).toBe(100)
  })

  it('is null when there is no energy', () => {
    expect(energySplit(0, 0, 0)).toBeNull()
  })
})
