import { useQueries, useQueryClient } from '@tanstack/react-query'
import { Trash2 } from 'lucide-react'
import { type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { ApiError } from '@/lib/api-client'
import { focusFirstInvalid, toFormErrors } from '@/lib/form-errors'
import { formatNumber } from '@/lib/format'
import { foodQueryOptions } from '../api/get-food'
import { type Recipe, type RecipeInput, useSaveRecipe } from '../api/recipes'
import type { Food } from '../api/search-foods'
import { parseDecimal } from '../utils/amount'
import { perServing } from '../utils/recipe'
import { FoodSearch } from './food-search'

type Row = { key: number; foodId: string; name: string; grams: string }
type Errors = { form?: string; fields: Partial<Record<string, string>> }

const validGrams = (grams: number) => grams > 0 && grams <= 10000

/** The name as the member sees it: the one in the UI language, else the other. */
function nameIn(recipe: Recipe | undefined, english: boolean) {
  if (!recipe) return ''
  return (english ? (recipe.nameEn ?? recipe.nameEs) : (recipe.nameEs ?? recipe.nameEn)) ?? recipe.name
}

/** Creates or edits a recipe from catalogue foods; once saved it is searched and logged by the serving. */
export function RecipeForm({ recipe, onSaved }: { recipe?: Recipe; onSaved: (recipe: Recipe) => void }) {
  const { t, i18n } = useTranslation()
  const english = i18n.language === 'en'
  const queryClient = useQueryClient()
  const formRef = useRef<HTMLFormElement>(null)
  const [name, setName] = useState(() => nameIn(recipe, english))
  const [servings, setServings] = useState(String(recipe?.servings ?? 1))
  const [rows, setRows] = useState<Row[]>(
    () =>
      recipe?.ingredients.map((ingredient, index) => ({
        key: index,
        foodId: ingredient.foodId,
        name: ingredient.name,
        grams: String(ingredient.grams),
      })) ?? [],
  )
  const [nextKey, setNextKey] = useState(rows.length)
  const [errors, setErrors] = useState<Errors>({ fields: {} })
  const save = useSaveRecipe()
  // Per-100 g values of each ingredient, for the live per-serving preview.
  const foods = useQueries({ queries: rows.map((row) => foodQueryOptions(row.foodId)) })

  const servingCount = parseDecimal(servings)
  const known = rows.flatMap((row, index) => {
    const food = foods[index]?.data
    const grams = parseDecimal(row.grams)
    return food && validGrams(grams) ? [{ per100g: food.per100g, grams }] : []
  })
  const serving = known.length === rows.length ? perServing(known, servingCount) : null

  function addIngredient(food: Food) {
    queryClient.setQueryData(foodQueryOptions(food.id).queryKey, food)
    setRows((current) => [...current, { key: nextKey, foodId: food.id, name: food.name, grams: String(food.portions[0]?.grams ?? 100) }])
    setNextKey(nextKey + 1)
    setErrors((current) => ({ ...current, fields: { ...current.fields, ingredients: undefined } }))
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    const fields: Record<string, string> = {}
    if (!name.trim()) fields.name = t('validation.required')
    if (!(Number.isInteger(servingCount) && servingCount >= 1 && servingCount <= 100))
      fields.servings = t('validation.range', { min: 1, max: 100, unit: '' })
    if (rows.length === 0) fields.ingredients = t('nutrition.recipe.noIngredients')
    rows.forEach((row, index) => {
      if (!validGrams(parseDecimal(row.grams)))
        fields[`ingredients[${index}].grams`] = t('validation.range', { min: 1, max: 10000, unit: 'g' })
    })
    setErrors({ fields, form: Object.keys(fields).length ? t('errors.checkFields') : undefined })
    if (Object.keys(fields).length) return focusFirstInvalid(formRef.current)
    // The name goes in the UI language; a name the recipe already has in the other one is kept.
    const input: RecipeInput = {
      nameEs: english ? (recipe?.nameEs ?? null) : name.trim(),
      nameEn: english ? name.trim() : (recipe?.nameEn ?? null),
      servings: servingCount,
      ingredients: rows.map((row) => ({ foodId: row.foodId, grams: parseDecimal(row.grams) })),
    }
    save.mutate(
      { id: recipe?.id, input },
      {
        onSuccess: onSaved,
        onError: (error) => {
          const server = error instanceof ApiError ? error.fieldErrors : {}
          const mapped = toFormErrors(error, Object.keys(server), t)
          const fieldErrors: Record<string, string | undefined> = { ...mapped.fields }
          // The server names the recipe nameEs/nameEn and rejects ingredients by foodId or grams.
          fieldErrors.name = mapped.fields.nameEs ?? mapped.fields.nameEn
          rows.forEach((_, index) => {
            fieldErrors[`ingredients[${index}].grams`] =
              mapped.fields[`ingredients[${index}].grams`] ?? mapped.fields[`ingredients[${index}].foodId`]
          })
          setErrors({ form: mapped.form, fields: fieldErrors })
          focusFirstInvalid(formRef.current)
        },
      },
    )
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} className="grid gap-5" data-testid="recipe-form">
      <FormAlert message={errors.form} />
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_8rem]">
        <FormField label={t('nutrition.recipe.name')} error={errors.fields.name}>
          <Input value={name} maxLength={300} onChange={(event) => setName(event.target.value)} />
        </FormField>
        <FormField label={t('nutrition.recipe.servings')} error={errors.fields.servings}>
          <Input inputMode="numeric" value={servings} onChange={(event) => setServings(event.target.value)} />
        </FormField>
      </div>

      <div className="grid gap-3">
        <FoodSearch label={t('nutrition.recipe.addIngredient')} onSelect={addIngredient} />
        {errors.fields.ingredients && <p className="text-sm text-danger-700">{errors.fields.ingredients}</p>}
        {rows.length > 0 && (
          <ul className="divide-y divide-line rounded-xl border border-line" aria-label={t('nutrition.recipe.ingredients')}>
            {rows.map((row, index) => (
              <li key={row.key} className="grid grid-cols-[minmax(0,1fr)_7rem_auto] items-start gap-2 px-3 py-2">
                <span className="min-w-0 pt-8 text-sm font-medium text-ink">
                  <span className="block truncate">{row.name}</span>
                </span>
                <FormField label={t('nutrition.recipe.grams')} error={errors.fields[`ingredients[${index}].grams`]}>
                  <Input
                    inputMode="decimal"
                    value={row.grams}
                    onChange={(event) =>
                      setRows(rows.map((item) => (item.key === row.key ? { ...item, grams: event.target.value } : item)))
                    }
                  />
                </FormField>
                <Button
                  type="button"
                  variant="ghost"
                  size="icon"
                  className="mt-7"
                  aria-label={t('nutrition.recipe.remove', { food: row.name })}
                  onClick={() => setRows(rows.filter((item) => item.key !== row.key))}
                >
                  <Trash2 aria-hidden="true" />
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>

      {serving && (
        <Alert tone="info">
          {t('nutrition.recipe.perServing', {
            kcal: serving.kcal == null ? '—' : formatNumber(serving.kcal),
            protein: serving.proteinG == null ? '—' : formatNumber(serving.proteinG, 1),
            fat: serving.fatG == null ? '—' : formatNumber(serving.fatG, 1),
            carbs: serving.carbsG == null ? '—' : formatNumber(serving.carbsG, 1),
          })}
        </Alert>
      )}

      <div className="flex justify-end">
        <Button type="submit" pending={save.isPending}>
          {t('nutrition.recipe.save')}
        </Button>
      </div>
    </form>
  )
}
