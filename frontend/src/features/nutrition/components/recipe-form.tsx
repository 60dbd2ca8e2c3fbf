import { Trash2 } from 'lucide-react'
import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { focusFirstInvalid, toFormErrors } from '@/lib/form-errors'
import { formatNumber } from '@/lib/format'
import { useCreateRecipe } from '../api/create-recipe'
import type { Food } from '../api/search-foods'
import { parseDecimal } from '../utils/amount'
import { perServing } from '../utils/recipe'
import { FoodSearch } from './food-search'

type Row = { key: number; food: Food; grams: string }

const validGrams = (grams: number) => grams > 0 && grams <= 10000

/** A recipe from catalogue foods: once saved it can be searched and logged by the serving. */
export function RecipeForm({ onSaved }: { onSaved: (recipe: Food) => void }) {
  const { t } = useTranslation()
  const formRef = useRef<HTMLFormElement>(null)
  const [name, setName] = useState('')
  const [servings, setServings] = useState('1')
  const [rows, setRows] = useState<Row[]>([])
  const [nextKey, setNextKey] = useState(0)
  const [errors, setErrors] = useState<{ form?: string; fields: Partial<Record<string, string>> }>({ fields: {} })
  const create = useCreateRecipe()

  const servingCount = parseDecimal(servings)
  const serving = perServing(
    rows.filter((row) => validGrams(parseDecimal(row.grams))).map((row) => ({ per100g: row.food.per100g, grams: parseDecimal(row.grams) })),
    servingCount,
  )

  function addIngredient(food: Food) {
    const grams = food.portions[0]?.grams ?? 100
    setRows((current) => [...current, { key: nextKey, food, grams: String(grams) }])
    setNextKey(nextKey + 1)
    setErrors((current) => ({ ...current, fields: { ...current.fields, ingredients: undefined } }))
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    const fields: Record<string, string> = {}
    if (!name.trim()) fields.name = t('validation.required')
    if (!(Number.isInteger(servingCount) && servingCount >= 1 && servingCount <= 100)) fields.servings = t('validation.range', { min: 1, max: 100, unit: '' })
    if (rows.length === 0) fields.ingredients = t('nutrition.recipe.noIngredients')
    rows.forEach((row, index) => {
      if (!validGrams(parseDecimal(row.grams))) fields[`ingredients[${index}].grams`] = t('validation.range', { min: 1, max: 10000, unit: 'g' })
    })
    setErrors({ fields, form: Object.keys(fields).length ? t('errors.checkFields') : undefined })
    if (Object.keys(fields).length) return focusFirstInvalid(formRef.current)
    create.mutate(
      { name: name.trim(), servings: servingCount, ingredients: rows.map((row) => ({ foodId: row.food.id, grams: parseDecimal(row.grams) })) },
      {
        onSuccess: onSaved,
        onError: (error) => {
          const known = ['name', 'servings', 'ingredients', ...rows.map((_, index) => `ingredients[${index}].grams`)]
          setErrors(toFormErrors(error, known, t))
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
                  <span className="block truncate">{row.food.name}</span>
                </span>
                <FormField label={t('nutrition.recipe.grams')} error={errors.fields[`ingredients[${index}].grams`]}>
                  <Input
                    inputMode="decimal"
                    value={row.grams}
                    onChange={(event) => setRows(rows.map((item) => (item.key === row.key ? { ...item, grams: event.target.value } : item)))}
                  />
                </FormField>
                <Button
                  type="button"
                  variant="ghost"
                  size="icon"
                  className="mt-7"
                  aria-label={t('nutrition.recipe.remove', { food: row.food.name })}
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
        <Button type="submit" pending={create.isPending}>
          {t('nutrition.recipe.save')}
        </Button>
      </div>
    </form>
  )
}
