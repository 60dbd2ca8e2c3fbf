import type { Nutrients } from '../api/search-foods'
import { nutrientsFor } from './amount'

export type Ingredient = { per100g: Nutrients; grams: number }

const keys = ['kcal', 'proteinG', 'fatG', 'carbsG', 'fiberG', 'sugarsG', 'sodiumMg'] as const

/**
 * What one serving of a recipe provides: the ingredients' nutrients summed and divided by the
 * servings. Unknown values count as zero only when some other ingredient knows them.
 */
export function perServing(ingredients: Ingredient[], servings: number): Nutrients | null {
  if (!(servings > 0) || ingredients.length === 0) return null
  const total = Object.fromEntries(keys.map((key) => [key, null])) as Nutrients
  for (const ingredient of ingredients) {
    const amounts = nutrientsFor(ingredient.per100g, ingredient.grams)
    for (const key of keys) {
      const value = amounts[key]
      if (value != null) total[key] = (total[key] ?? 0) + value
    }
  }
  return Object.fromEntries(
    keys.map((key) => [key, total[key] == null ? null : Math.round(((total[key] as number) / servings) * 10) / 10]),
  ) as Nutrients
}
