import { zodResolver } from '@hookform/resolvers/zod'
import type { TFunction } from 'i18next'
import { X } from 'lucide-react'
import { useId } from 'react'
import { useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input, NativeSelect } from '@/components/ui/input'
import { applyServerErrors } from '@/lib/form-errors'
import { formatNumber } from '@/lib/format'
import { useForm } from '@/lib/use-form'
import { type Meal, meals } from '../api/get-diary-day'
import { type LogEntryInput, useLogEntry } from '../api/log-entry'
import type { Food } from '../api/search-foods'
import { type Amount, gramsFor, nutrientsFor, parseDecimal } from '../utils/amount'

type AddFoodFormProps = {
  food: Food
  date: string
  meal: Meal
  onMealChange: (meal: Meal) => void
  onAdded: (food: Food) => void
  onCancel: () => void
}

const GRAMS = 'grams'

type AmountDraft = { unit: string; quantity: string }

/** The amount the inputs describe: a count of the chosen portion, or grams. */
function amountOf(food: Food, { unit, quantity }: AmountDraft) {
  const portion = unit === GRAMS ? null : (food.portions[Number(unit)] ?? null)
  const amount: Amount = portion
    ? { unit: 'portion', portion, count: parseDecimal(quantity) }
    : { unit: 'grams', grams: parseDecimal(quantity) }
  return { portion, grams: gramsFor(amount) }
}

/** What the server accepts for an entry: a positive amount up to 10 kg, in one of the meals. */
/** The most one entry can weigh, as the server allows. */
const MAX_GRAMS = 10000

function entrySchema(food: Food, date: string, t: TFunction) {
  return z.object({ unit: z.string(), quantity: z.string(), meal: z.enum(meals) }).transform((values, ctx): LogEntryInput => {
    const { portion, grams } = amountOf(food, values)
    if (grams == null || grams > MAX_GRAMS) {
      ctx.addIssue({ code: 'custom', path: ['quantity'], message: t('nutrition.add.invalidAmount') })
      return z.NEVER
    }
    return portion
      ? { date, meal: values.meal, foodId: food.id, portionLabel: portion.label, quantity: parseDecimal(values.quantity) }
      : { date, meal: values.meal, foodId: food.id, grams }
  })
}

/** The server names the amount grams, quantity or portionLabel; here it is one input. */
function fieldFor(serverField: string) {
  if (serverField === 'meal') return 'meal' as const
  return ['grams', 'quantity', 'portionLabel'].includes(serverField) ? ('quantity' as const) : undefined
}

/** Picks an amount (a count of a household portion, or grams) and the meal for one food. */
export function AddFoodForm({ food, date, meal, onMealChange, onAdded, onCancel }: AddFoodFormProps) {
  const { t } = useTranslation()
  const id = useId()
  const hasPortions = food.portions.length > 0
  const form = useForm({
    resolver: zodResolver(entrySchema(food, date, t)),
    defaultValues: { unit: hasPortions ? '0' : GRAMS, quantity: hasPortions ? '1' : '100', meal },
  })
  const { errors } = form.formState
  const [unit, quantity] = useWatch({ control: form.control, name: ['unit', 'quantity'] })
  const log = useLogEntry()

  const { portion, grams } = amountOf(food, { unit, quantity })
  // no figures for an amount that cannot be logged (more than 10 kg): the preview says why instead
  const preview = grams == null || grams > MAX_GRAMS ? null : nutrientsFor(food.per100g, grams)

  const submit = form.handleSubmit((input) =>
    log.mutate(input, { onSuccess: () => onAdded(food), onError: (error) => applyServerErrors(error, form, t, fieldFor) }),
  )

  return (
    <form
      noValidate
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      className="grid gap-4 rounded-xl border border-brand-200 bg-brand-50/40 p-4"
      data-testid="add-food-form"
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={`${id}-title`} className="font-semibold text-ink">
            {food.name}
          </h3>
          <p className="text-xs text-muted">
            {food.per100g.kcal == null
              ? t('nutrition.unknownEnergy')
              : t('nutrition.search.kcalPer100', { kcal: formatNumber(food.per100g.kcal) })}
          </p>
        </div>
        <Button type="button" variant="ghost" size="icon" onClick={onCancel} aria-label={t('nutrition.add.cancel')}>
          <X aria-hidden="true" />
        </Button>
      </div>
      <FormAlert message={errors.root?.server?.message} />
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1.4fr)_minmax(0,0.8fr)_minmax(0,1fr)]">
        <FormField label={t('nutrition.add.unit')} error={errors.unit?.message}>
          <NativeSelect
            {...form.register('unit', {
              deps: ['quantity'],
              onChange: (event: { target: { value: string } }) => {
                const next = event.target.value
                // Switching between portions and grams changes what the number means.
                if ((next === GRAMS) !== (unit === GRAMS))
                  form.setValue('quantity', next === GRAMS ? String(Math.round(grams ?? 100)) : '1')
              },
            })}
            data-testid="add-unit"
          >
            {food.portions.map((option, index) => (
              <option key={`${option.label}-${index}`} value={String(index)}>
                {t('nutrition.add.portionOption', { label: option.label, grams: formatNumber(option.grams, 1) })}
              </option>
            ))}
            <option value={GRAMS}>{t('nutrition.add.grams')}</option>
          </NativeSelect>
        </FormField>
        <FormField label={portion ? t('nutrition.add.count') : t('nutrition.add.gramsLabel')} error={errors.quantity?.message}>
          <Input type="text" inputMode="decimal" {...form.register('quantity')} data-testid="add-quantity" />
        </FormField>
        <FormField label={t('nutrition.add.meal')} error={errors.meal?.message}>
          <NativeSelect
            {...form.register('meal', { onChange: (event: { target: { value: string } }) => onMealChange(event.target.value as Meal) })}
            data-testid="add-meal"
          >
            {meals.map((option) => (
              <option key={option} value={option}>
                {t(`nutrition.meals.${option}`)}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted" aria-live="polite" data-testid="add-preview" data-grams={grams ?? ''}>
          {preview && grams != null
            ? t('nutrition.add.preview', {
                grams: formatNumber(grams, 1),
                kcal: preview.kcal == null ? '—' : formatNumber(preview.kcal),
                protein: preview.proteinG == null ? '—' : formatNumber(preview.proteinG, 1),
                fat: preview.fatG == null ? '—' : formatNumber(preview.fatG, 1),
                carbs: preview.carbsG == null ? '—' : formatNumber(preview.carbsG, 1),
              })
            : t('nutrition.add.invalidAmount')}
        </p>
        <Button type="submit" pending={log.isPending} data-testid="add-submit">
          {t('nutrition.add.submit')}
        </Button>
      </div>
    </form>
  )
}
