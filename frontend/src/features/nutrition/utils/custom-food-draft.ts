import type { TFunction } from 'i18next'
import type { CustomFoodInput } from '../api/custom-foods'
import type { Food } from '../api/search-foods'
import { parseDecimal } from './amount'

export const nutrientFields = ['kcal', 'proteinG', 'fatG', 'carbsG', 'fiberG', 'sugarsG', 'sodiumMg'] as const
export type NutrientField = (typeof nutrientFields)[number]

export const requiredNutrients: readonly NutrientField[] = ['kcal', 'proteinG', 'fatG', 'carbsG']

/** Upper bounds per 100 g, as the server validates them. */
export const nutrientMax: Record<NutrientField, number> = {
  kcal: 900,
  proteinG: 100,
  fatG: 100,
  carbsG: 100,
  fiberG: 100,
  sugarsG: 100,
  sodiumMg: 40000,
}

export type PortionDraft = { key: number; label: string; grams: string }

export type CustomFoodDraft = {
  nameEs: string
  nameEn: string
  foodGroup: string
  nutrients: Record<NutrientField, string>
  portions: PortionDraft[]
}

export type DraftErrors = Partial<Record<string, string>>

const text = (value: number | null | undefined) => (value == null ? '' : String(value))

export function draftFromFood(food: Food | null): CustomFoodDraft {
  return {
    nameEs: food?.nameEs ?? '',
    nameEn: food?.nameEn ?? '',
    foodGroup: food?.foodGroup ?? '',
    nutrients: Object.fromEntries(nutrientFields.map((field) => [field, text(food?.per100g[field])])) as Record<NutrientField, string>,
    portions: (food?.portions ?? []).map((portion, index) => ({ key: index, label: portion.label, grams: String(portion.grams) })),
  }
}

/**
 * Checks the draft the way the server will and builds the request; error keys are the
 * server's JSON paths ("per100g.kcal", "portions[0].grams") so server errors land in the same place.
 */
export function readCustomFood(draft: CustomFoodDraft, t: TFunction): { input: CustomFoodInput | null; errors: DraftErrors } {
  const errors: DraftErrors = {}
  if (!draft.nameEs.trim() && !draft.nameEn.trim()) errors.nameEs = t('nutrition.custom.nameRequired')
  const values = {} as Record<NutrientField, number | null>
  for (const field of nutrientFields) {
    const raw = draft.nutrients[field].trim()
    if (!raw) {
      values[field] = null
      if (requiredNutrients.includes(field)) errors[`per100g.${field}`] = t('validation.required')
      continue
    }
    const value = parseDecimal(raw)
    if (!Number.isFinite(value) || value < 0 || value > nutrientMax[field]) {
      errors[`per100g.${field}`] = t('validation.range', {
        min: 0,
        max: nutrientMax[field],
        unit: field === 'kcal' ? 'kcal' : field === 'sodiumMg' ? 'mg' : 'g',
      })
    }
    values[field] = value
  }
  const portions = draft.portions.map((portion, index) => {
    const grams = parseDecimal(portion.grams)
    if (!portion.label.trim()) errors[`portions[${index}].label`] = t('validation.required')
    if (!(grams > 0 && grams <= 5000)) errors[`portions[${index}].grams`] = t('validation.range', { min: 1, max: 5000, unit: 'g' })
    return { label: portion.label.trim(), grams }
  })
  if (Object.keys(errors).length > 0) return { input: null, errors }
  return {
    input: {
      nameEs: draft.nameEs.trim() || null,
      nameEn: draft.nameEn.trim() || null,
      foodGroup: draft.foodGroup.trim() || null,
      per100g: {
        kcal: values.kcal ?? 0,
        proteinG: values.proteinG ?? 0,
        fatG: values.fatG ?? 0,
        carbsG: values.carbsG ?? 0,
        fiberG: values.fiberG,
        sugarsG: values.sugarsG,
        sodiumMg: values.sodiumMg,
      },
      portions,
    },
    errors,
  }
}
