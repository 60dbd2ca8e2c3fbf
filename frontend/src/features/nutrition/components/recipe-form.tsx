import { zodResolver } from '@hookform/resolvers/zod'
import { useQueries, useQueryClient } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import { Trash2 } from 'lucide-react'
import { type Path, useFieldArray, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { decimalInput } from '@/lib/decimal'
import { applyServerErrors } from '@/lib/form-errors'
import { formatNumber } from '@/lib/format'
import { useForm } from '@/lib/use-form'
import { foodQueryOptions } from '../api/get-food'
import { type Recipe, useSaveRecipe } from '../api/recipes'
import type { Food } from '../api/search-foods'
import { parseDecimal } from '../utils/amount'
import { perServing } from '../utils/recipe'
import { FoodSearch } from './food-search'

const validGrams = (grams: number) => grams > 0 && grams <= 10000

/** The limits of RecipeRequest on the server; `name` is the name in the UI language. */
function recipeSchema(t: TFunction) {
  const servingsRange = t('validation.range', { min: 1, max: 100, unit: '' })
  const gramsRange = t('validation.range', { min: 1, max: 10000, unit: 'g' })
  return z.object({
    name: z.string().trim().min(1, t('validation.required')),
    servings: z
      .string()
      .transform(parseDecimal)
      .pipe(z.number({ error: servingsRange }).int(servingsRange).min(1, servingsRange).max(100, servingsRange)),
    ingredients: z
      .array(
        z.object({
          foodId: z.string(),
          // shown in the list, not sent
          name: z.string(),
          grams: z
            .string()
            .transform(parseDecimal)
            .pipe(z.number({ error: gramsRange }).refine(validGrams, gramsRange)),
        }),
      )
      .min(1, t('nutrition.recipe.noIngredients')),
  })
}

type RecipeDraft = z.input<ReturnType<typeof recipeSchema>>

/** Where a server error about a recipe goes: it names the recipe nameEs/nameEn and rejects ingredients by foodId or grams. */
function fieldFor(serverField: string): Path<RecipeDraft> | undefined {
  if (serverField === 'nameEs' || serverField === 'nameEn') return 'name'
  if (serverField === 'servings' || serverField === 'ingredients') return serverField
  const ingredient = /^ingredients\[(\d+)\]\.(grams|foodId)$/.exec(serverField)
  return ingredient ? `ingredients.${Number(ingredient[1])}.grams` : undefined
}

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
  const form = useForm({
    resolver: zodResolver(recipeSchema(t)),
    defaultValues: {
      name: nameIn(recipe, english),
      servings: String(recipe?.servings ?? 1),
      ingredients:
        recipe?.ingredients.map((ingredient) => ({
          foodId: ingredient.foodId,
          name: ingredient.name,
          grams: decimalInput(ingredient.grams),
        })) ?? [],
    },
  })
  const { errors } = form.formState
  const ingredients = useFieldArray({ control: form.control, name: 'ingredients' })
  const [servings, rows] = useWatch({ control: form.control, name: ['servings', 'ingredients'] })
  const save = useSaveRecipe()
  // Per-100 g values of each ingredient, for the live per-serving preview.
  const foods = useQueries({ queries: rows.map((row) => foodQueryOptions(row.foodId)) })

  const known = rows.flatMap((row, index) => {
    const food = foods[index]?.data
    const grams = parseDecimal(row.grams)
    return food && validGrams(grams) ? [{ per100g: food.per100g, grams }] : []
  })
  const serving = known.length === rows.length ? perServing(known, parseDecimal(servings)) : null

  function addIngredient(food: Food) {
    queryClient.setQueryData(foodQueryOptions(food.id).queryKey, food)
    ingredients.append({ foodId: food.id, name: food.name, grams: decimalInput(food.portions[0]?.grams ?? 100) }, { shouldFocus: false })
  }

  const submit = form.handleSubmit(
    (values) =>
      save.mutate(
        {
          id: recipe?.id,
          // The name goes in the UI language; a name the recipe already has in the other one is kept.
          input: {
            nameEs: english ? (recipe?.nameEs ?? null) : values.name,
            nameEn: english ? values.name : (recipe?.nameEn ?? null),
            servings: values.servings,
            ingredients: values.ingredients.map(({ foodId, grams }) => ({ foodId, grams })),
          },
        },
        { onSuccess: onSaved, onError: (error) => applyServerErrors(error, form, t, fieldFor) },
      ),
    () => form.setError('root.server', { type: 'client', message: t('errors.checkFields') }),
  )
  const listError = errors.ingredients?.root?.message ?? errors.ingredients?.message

  return (
    <form noValidate onSubmit={submit} className="grid gap-5" data-testid="recipe-form">
      <FormAlert message={errors.root?.server?.message} />
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_8rem]">
        <FormField label={t('nutrition.recipe.name')} error={errors.name?.message}>
          <Input maxLength={300} {...form.register('name')} />
        </FormField>
        <FormField label={t('nutrition.recipe.servings')} error={errors.servings?.message}>
          <Input inputMode="numeric" {...form.register('servings')} />
        </FormField>
      </div>

      <div className="grid gap-3">
        <FoodSearch label={t('nutrition.recipe.addIngredient')} onSelect={addIngredient} />
        {listError && <p className="text-sm text-danger-700">{listError}</p>}
        {ingredients.fields.length > 0 && (
          <ul className="divide-y divide-line rounded-xl border border-line" aria-label={t('nutrition.recipe.ingredients')}>
            {ingredients.fields.map((row, index) => (
              <li key={row.id} className="grid grid-cols-[minmax(0,1fr)_7rem_auto] items-start gap-2 px-3 py-2">
                <span className="min-w-0 pt-8 text-sm font-medium text-ink">
                  <span className="block truncate">{row.name}</span>
                </span>
                <FormField label={t('nutrition.recipe.grams')} error={errors.ingredients?.[index]?.grams?.message}>
                  <Input inputMode="decimal" {...form.register(`ingredients.${index}.grams`)} />
                </FormField>
                <Button
                  type="button"
                  variant="ghost"
                  size="icon"
                  className="mt-7"
                  aria-label={t('nutrition.recipe.remove', { food: row.name })}
                  onClick={() => ingredients.remove(index)}
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
