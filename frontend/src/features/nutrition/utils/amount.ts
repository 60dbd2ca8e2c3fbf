import type { Nutrients, Portion } from '../api/search-foods'

/** How much of a food the member is adding: grams, or a count of one of its portions. */
export type Amount = { unit: 'grams'; grams: number } | { unit: 'portion'; portion: Portion; count: number }

/** Grams for an amount, rounded like the server (to the milligram); null when not a positive number. */
export function gramsFor(amount: Amount): number | null {
  const grams = amount.unit === 'grams' ? amount.grams : amount.portion.grams * amount.count
  if (!Number.isFinite(grams) || grams <= 0) return null
  return Math.round(grams * 1000) / 1000
}

/** Nutrients for `grams` of a food described per 100 g; unknown values stay unknown. */
export function nutrientsFor(per100g: Nutrients, grams: number): Nutrients {
  const scale = (value: number | null) => (value == null ? null : Math.round(value * grams * 10) / 1000)
  return {
    kcal: scale(per100g.kcal),
    proteinG: scale(per100g.proteinG),
    fatG: scale(per100g.fatG),
    carbsG: scale(per100g.carbsG),
    fiberG: scale(per100g.fiberG),
    sugarsG: scale(per100g.sugarsG),
    sodiumMg: scale(per100g.sodiumMg),
  }
}

export { parseDecimal } from '@/lib/decimal'
