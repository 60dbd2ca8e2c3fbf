import { describe, expect, it } from 'vitest'
import { gramsFor, nutrientsFor, parseDecimal } from './amount'

const apple = { kcal: 52, proteinG: 0.26, fatG: 0.17, carbsG: 13.81, fiberG: 2.4, sugarsG: 10.39, sodiumMg: null }

describe('gramsFor', () => {
  it('multiplies the portion weight by the count', () => {
    expect(gramsFor({ unit: 'portion', portion: { label: '1 mediana', grams: 182 }, count: 2 })).toBe(364)
    expect(gramsFor({ unit: 'portion', portion: { label: '1 taza', grams: 125 }, count: 0.5 })).toBe(62.5)
  })

  it('takes grams as they are', () => {
    expect(gramsFor({ unit: 'grams', grams: 150 })).toBe(150)
  })

  it('rounds to the milligram', () => {
    expect(gramsFor({ unit: 'portion', portion: { label: 'x', grams: 33.3333 }, count: 3 })).toBe(100)
  })

  it('rejects zero, negative and non-numeric amounts', () => {
    expect(gramsFor({ unit: 'grams', grams: 0 })).toBeNull()
    expect(gramsFor({ unit: 'grams', grams: -5 })).toBeNull()
    expect(gramsFor({ unit: 'grams', grams: Number.NaN })).toBeNull()
    expect(gramsFor({ unit: 'portion', portion: { label: 'x', grams: 10 }, count: 0 })).toBeNull()
  })
})

describe('nutrientsFor', () => {
  it('scales per-100 g values and keeps unknowns unknown', () => {
    const medium = nutrientsFor(apple, 182)
    expect(medium.kcal).toBeCloseTo(94.64, 3)
    expect(medium.carbsG).toBeCloseTo(25.134, 3)
    expect(medium.sodiumMg).toBeNull()
  })
})

describe('parseDecimal', () => {
  it('accepts a decimal comma and rejects blanks', () => {
    expect(parseDecimal('1,5')).toBe(1.5)
    expect(parseDecimal(' 2 ')).toBe(2)
    expect(parseDecimal('')).toBeNaN()
    expect(parseDecimal('abc')).toBeNaN()
  })
})
