import { describe, expect, it } from 'vitest'
import { isPlanPeriod, memberFeatures } from './plan-labels'

describe('memberFeatures', () => {
  it('keeps the features the product acts on, in the plan order', () => {
    expect(memberFeatures(['AI_SUMMARY', 'PHOTO_ANALYSIS'])).toEqual(['AI_SUMMARY', 'PHOTO_ANALYSIS'])
  })

  it('leaves out codes that unlock nothing', () => {
    expect(memberFeatures(['AI_SUMMARY', 'FAMILY', 'PHOTO_ANALYSIS'])).toEqual(['AI_SUMMARY', 'PHOTO_ANALYSIS'])
    expect(memberFeatures(['FAMILY'])).toEqual([])
  })
})

describe('isPlanPeriod', () => {
  it('knows the periods a plan can have', () => {
    expect(['P1M', 'P1Y', 'P30D'].every(isPlanPeriod)).toBe(true)
    expect(isPlanPeriod('P2W')).toBe(false)
  })
})
