import { describe, expect, it } from 'vitest'
import { decimalInput, parseDecimal, parseDecimalIn, withDecimalPoint, withDecimalPointIn } from './decimal'

describe('parseDecimal', () => {
  it('reads a decimal comma or point the same', () => {
    expect(parseDecimal('68,5')).toBe(68.5)
    expect(parseDecimal(' 68.5 ')).toBe(68.5)
    expect(parseDecimal('170')).toBe(170)
  })

  it("reads thousands written the page language's way", () => {
    expect(parseDecimalIn('1.500', 'es')).toBe(1500)
    expect(parseDecimalIn('1.234.567,5', 'es')).toBe(1234567.5)
    expect(parseDecimalIn('12,345', 'en-GB')).toBe(12345)
    expect(parseDecimalIn('1,234.5', 'en-GB')).toBe(1234.5)
    expect(withDecimalPointIn('1.500', 'es')).toBe('1500')
    expect(withDecimalPointIn('2,500.75', 'en-GB')).toBe('2500.75')
  })

  it("reads the other language's separator, or a short group, as the decimal point", () => {
    expect(parseDecimalIn('1,500', 'es')).toBe(1.5)
    expect(parseDecimalIn('1.500', 'en-GB')).toBe(1.5)
    expect(parseDecimalIn('0.250', 'es')).toBe(0.25)
    expect(parseDecimalIn('68.5', 'es')).toBe(68.5)
    expect(parseDecimalIn('12,34', 'en-GB')).toBe(12.34)
  })

  it('is NaN for empty or malformed text, never a shifted number', () => {
    expect(parseDecimal('')).toBeNaN()
    expect(parseDecimal('68,5,1')).toBeNaN()
    expect(parseDecimalIn('1.50.000', 'es')).toBeNaN()
    expect(parseDecimalIn('1,500.5', 'es')).toBeNaN()
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
