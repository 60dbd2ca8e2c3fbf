import { X } from 'lucide-react'
import { type FormEvent, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input, NativeSelect } from '@/components/ui/input'
import { focusFirstInvalid, type FormErrors, toFormErrors } from '@/lib/form-errors'
import { formatNumber } from '@/lib/format'
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

type Field = 'unit' | 'quantity' | 'meal'
const GRAMS = 'grams'

/** Picks an amount (a count of a household portion, or grams) and the meal for one food. */
export function AddFoodForm({ food, date, meal, onMealChange, onAdded, onCancel }: AddFoodFormProps) {
  const { t } = useTranslation()
  const id = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const hasPortions = food.portions.length > 0
  const [unit, setUnit] = useState(hasPortions ? '0' : GRAMS)
  const [quantity, setQuantity] = useState(hasPortions ? '1' : '100')
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {} })
  const log = useLogEntry()

  const portion = unit === GRAMS ? null : food.portions[Number(unit)]
  const amount: Amount = portion
    ? { unit: 'portion', portion, count: parseDecimal(quantity) }
    : { unit: 'grams', grams: parseDecimal(quantity) }
  const grams = gramsFor(amount)
  const preview = grams == null ? null : nutrientsFor(food.per100g, grams)

  function submit(event: FormEvent) {
    event.preventDefault()
    if (grams == null || grams > 10000) {
      setErrors({ fields: { quantity: t('nutrition.add.invalidAmount') } })
      return focusFirstInvalid(formRef.current)
    }
    const input: LogEntryInput = portion
      ? { date, meal, foodId: food.id, portionLabel: portion.label, quantity: parseDecimal(quantity) }
      : { date, meal, foodId: food.id, grams }
    log.mutate(input, {
      onSuccess: () => onAdded(food),
      onError: (error) => {
        // The server names the amount grams, quantity or portionLabel; here it is one input.
        const mapped = toFormErrors(error, ['meal', 'grams', 'quantity', 'portionLabel'] as const, t)
        const { grams: gramsError, quantity: quantityError, portionLabel: portionError, meal: mealError } = mapped.fields
        setErrors({ form: mapped.form, fields: { meal: mealError, quantity: gramsError ?? quantityError ?? portionError } })
        focusFirstInvalid(formRef.current)
      },
    })
  }

  return (
    <form
      ref={formRef}
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
      <FormAlert message={errors.form} />
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1.4fr)_minmax(0,0.8fr)_minmax(0,1fr)]">
        <FormField label={t('nutrition.add.unit')} error={errors.fields.unit}>
          <NativeSelect
            value={unit}
            onChange={(event) => {
              const next = event.target.value
              setUnit(next)
              // Switching between portions and grams changes what the number means.
              if ((next === GRAMS) !== (unit === GRAMS)) setQuantity(next === GRAMS ? String(Math.round(grams ?? 100)) : '1')
              setErrors({ fields: {} })
            }}
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
        <FormField label={portion ? t('nutrition.add.count') : t('nutrition.add.gramsLabel')} error={errors.fields.quantity}>
          <Input
            type="text"
            inputMode="decimal"
            value={quantity}
            onChange={(event) => {
              setQuantity(event.target.value)
              setErrors({ fields: {} })
            }}
            data-testid="add-quantity"
          />
        </FormField>
        <FormField label={t('nutrition.add.meal')} error={errors.fields.meal}>
          <NativeSelect value={meal} onChange={(event) => onMealChange(event.target.value as Meal)} data-testid="add-meal">
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
