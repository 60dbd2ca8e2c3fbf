import { describe, expect, it } from 'vitest'
import { decimalInput, parseDecimal, withDecimalPoint } from './decimal'

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

describe('decimalInput', () => {
  it("writes the decimal separator of the page's language", () => {
    expect(decimalInput(62.5, 'es')).toBe('62,5')
    expect(decimalInput(62.5, 'en-GB')).toBe('62.5')
    expect(decimalInput(165, 'es')).toBe('165')
  })

  it('keeps an exact decimal string as it is, only with the separator changed', () => {
    expect(decimalInput('9.990', 'es')).toBe('9,990')
    expect(withDecimalPoint(decimalInput('9.990', 'es'))).toBe('9.990')
  })

  it('reads back as the same number', () => {
    expect(parseDecimal(decimalInput(0.25, 'es'))).toBe(0.25)
    expect(parseDecimal(decimalInput(1234.5, 'es'))).toBe(1234.5)
  })
})
