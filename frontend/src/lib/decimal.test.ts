import { describe, expect, it } from 'vitest'
import { parseDecimal } from './decimal'

describe('parseDecimal', () => {
  it('reads a decimal comma or point the same', () => {
    expect(parseDecimal('68,5')).toBe(68.5)
    expect(parseDecimal(' 68.5 ')).toBe(68.5)
    expect(parseDecimal('170')).toBe(170)
  })

  it('is NaN for empty or malformed text, never a shifted number', () => {
    expect(parseDecimal('')).toBeNaN()
    expect(parseDecimal('68,5,1')).toBeNaN()
    expect(parseDecimal('abc')).toBeNaN()
  })
})
