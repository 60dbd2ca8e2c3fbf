import { describe, expect, it } from 'vitest'
import { perServing } from './recipe'

const per100g = (kcal: number | null, proteinG: number | null) => ({
  kcal,
  proteinG,
  fatG: 0,
  carbsG: 0,
  fiberG: null,
  sugarsG: null,
  sodiumMg: null,
})

describe('perServing', () => {
  it('sums the ingredients and divides by the servings', () => {
    const serving = perServing(
      [
        { per100g: per100g(100, 10), grams: 200 },
        { per100g: per100g(50, null), grams: 100 },
      ],
      2,
    )
    expect(serving?.kcal).toBe(125)
    expect(serving?.proteinG).toBe(10)
    expect(serving?.fiberG).toBeNull()
  })

  it('needs ingredients and a positive number of servings', () => {
    expect(perServing([], 2)).toBeNull()
    expect(perServing([{ per100g: per100g(100, 1), grams: 100 }], 0)).toBeNull()
  })
})
