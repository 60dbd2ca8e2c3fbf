import type { TFunction } from 'i18next'
import { z } from 'zod'
import { decimalInput } from '@/lib/decimal'
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

export const unitOf = (field: NutrientField) => (field === 'kcal' ? 'kcal' : field === 'sodiumMg' ? 'mg' : 'g')

export type PortionDraft = { label: string; grams: string }

/** The form's values: text as typed, nested like the request so server paths name the same fields. */
export type CustomFoodDraft = {
  nameEs: string
  nameEn: string
  foodGroup: string
  per100g: Record<NutrientField, string>
  portions: PortionDraft[]
}

export type DraftErrors = Partial<Record<string, string>>

// with the page language's decimal separator: "1.125" mg would read as 1125 on a Spanish page
const text = (value: number | null | undefined) => (value == null ? '' : decimalInput(value))

export function draftFromFood(food: Food | null): CustomFoodDraft {
  return {
    nameEs: food?.nameEs ?? '',
    nameEn: food?.nameEn ?? '',
    foodGroup: food?.foodGroup ?? '',
    per100g: Object.fromEntries(nutrientFields.map((field) => [field, text(food?.per100g[field])])) as Record<NutrientField, string>,
    portions: (food?.portions ?? []).map((portion) => ({ label: portion.label, grams: decimalInput(portion.grams) })),
  }
}

/** A nutrient per 100 g: blank is unknown (or missing when required), else a number within the server's bounds. */
function nutrient(field: NutrientField, t: TFunction) {
  const outOfRange = t('validation.range', { min: 0, max: nutrientMax[field], unit: unitOf(field) })
  return z.string().transform((raw, ctx): number | null => {
    if (!raw.trim()) {
      if (!requiredNutrients.includes(field)) return null
      ctx.addIssue({ code: 'custom', message: t('validation.required') })
      return z.NEVER
    }
    const value = parseDecimal(raw)
    if (Number.isFinite(value) && value >= 0 && value <= nutrientMax[field]) return value
    ctx.addIssue({ code: 'custom', message: outOfRange })
    return z.NEVER
  })
}

/** The rules of FoodDescription on the server; parses the form's values into the request. */
export function customFoodSchema(t: TFunction) {
  const portionGrams = t('validation.range', { min: 1, max: 5000, unit: 'g' })
  return (
    z
      .object({
        nameEs: z.string().trim(),
        nameEn: z.string().trim(),
        foodGroup: z.string().trim(),
        per100g: z.object({
          kcal: nutrient('kcal', t),
          proteinG: nutrient('proteinG', t),
          fatG: nutrient('fatG', t),
          carbsG: nutrient('carbsG', t),
          fiberG: nutrient('fiberG', t),
          sugarsG: nutrient('sugarsG', t),
          sodiumMg: nutrient('sodiumMg', t),
        }),
        portions: z.array(
          z.object({
            label: z.string().trim().min(1, t('validation.required')),
            grams: z
              .string()
              .transform(parseDecimal)
              .pipe(z.number({ error: portionGrams }).gt(0, portionGrams).max(5000, portionGrams)),
          }),
        ),
      })
      // Checked even when other fields are wrong, so every mistake shows at once.
      .refine((draft) => Boolean(draft.nameEs || draft.nameEn), {
        path: ['nameEs'],
        message: t('nutrition.custom.nameRequired'),
        when: () => true,
      })
      .transform((draft): CustomFoodInput => ({
        nameEs: draft.nameEs || null,
        nameEn: draft.nameEn || null,
        foodGroup: draft.foodGroup || null,
        per100g: {
          ...draft.per100g,
          kcal: draft.per100g.kcal ?? 0,
          proteinG: draft.per100g.proteinG ?? 0,
          fatG: draft.per100g.fatG ?? 0,
          carbsG: draft.per100g.carbsG ?? 0,
        },
        portions: draft.portions,
      }))
  )
}

/** "portions[0].grams", the server's name for a zod issue path. */
const serverPath = (path: readonly PropertyKey[]) =>
  path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`)).join('')

/**
 * Checks the draft the way the server will and builds the request; error keys are the
 * server's JSON paths ("per100g.kcal", "portions[0].grams").
 */
export function readCustomFood(draft: CustomFoodDraft, t: TFunction): { input: CustomFoodInput | null; errors: DraftErrors } {
  const result = customFoodSchema(t).safeParse(draft)
  if (result.success) return { input: result.data, errors: {} }
  const errors: DraftErrors = {}
  for (const issue of result.error.issues) errors[serverPath(issue.path)] ??= issue.message
  return { input: null, errors }
}
