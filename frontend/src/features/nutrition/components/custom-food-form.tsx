import { zodResolver } from '@hookform/resolvers/zod'
import { useFieldArray, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { AddRowButton, RemoveRowButton } from '@/components/row-buttons'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { applyServerErrors } from '@/lib/form-errors'
import { useForm } from '@/lib/use-form'
import { useSaveCustomFood } from '../api/custom-foods'
import type { Food } from '../api/search-foods'
import { customFoodSchema, draftFromFood, nutrientFields, requiredNutrients, unitOf } from '../utils/custom-food-draft'

type CustomFoodFormProps = { food: Food | null; onSaved: (food: Food) => void; onCancel?: () => void }

/** Creates or edits one of the member's own foods: names, nutrients per 100 g and portions. */
export function CustomFoodForm({ food, onSaved, onCancel }: CustomFoodFormProps) {
  const { t } = useTranslation()
  const form = useForm({ resolver: zodResolver(customFoodSchema(t)), defaultValues: draftFromFood(food) })
  const { errors } = form.formState
  const portions = useFieldArray({ control: form.control, name: 'portions' })
  const labels = useWatch({ control: form.control, name: 'portions' })
  const save = useSaveCustomFood()

  const submit = form.handleSubmit(
    (input) => save.mutate({ id: food?.id, input }, { onSuccess: onSaved, onError: (error) => applyServerErrors(error, form, t) }),
    () => form.setError('root.server', { type: 'client', message: t('errors.checkFields') }),
  )

  return (
    <form noValidate onSubmit={submit} className="grid gap-5" data-testid="custom-food-form">
      <FormAlert message={errors.root?.server?.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={t('nutrition.custom.nameEs')} error={errors.nameEs?.message} hint={t('nutrition.custom.nameHint')}>
          <Input maxLength={300} {...form.register('nameEs')} />
        </FormField>
        <FormField label={t('nutrition.custom.nameEn')} error={errors.nameEn?.message}>
          {/* Either name will do: typing one rechecks the other. */}
          <Input maxLength={300} {...form.register('nameEn', { deps: ['nameEs'] })} />
        </FormField>
        <FormField label={t('nutrition.custom.foodGroup')} error={errors.foodGroup?.message} className="sm:col-span-2">
          <Input maxLength={120} {...form.register('foodGroup')} />
        </FormField>
      </div>

      <fieldset className="grid gap-3">
        <legend className="mb-2 text-sm font-semibold text-ink">{t('nutrition.custom.per100g')}</legend>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {nutrientFields.map((field) => (
            <FormField
              key={field}
              label={`${t(`nutrition.nutrients.${field}`)} (${unitOf(field)})${requiredNutrients.includes(field) ? '' : ` · ${t('nutrition.custom.optional')}`}`}
              error={errors.per100g?.[field]?.message}
            >
              <Input inputMode="decimal" {...form.register(`per100g.${field}`)} />
            </FormField>
          ))}
        </div>
      </fieldset>

      <fieldset className="grid gap-3">
        <legend className="mb-2 text-sm font-semibold text-ink">{t('nutrition.custom.portions')}</legend>
        {portions.fields.length === 0 && <p className="text-sm text-muted">{t('nutrition.custom.noPortions')}</p>}
        {portions.fields.map((portion, index) => (
          <div key={portion.id} className="grid grid-cols-[minmax(0,1fr)_7rem_auto] items-start gap-2">
            <FormField label={t('nutrition.custom.portionLabel')} error={errors.portions?.[index]?.label?.message}>
              <Input maxLength={160} placeholder={t('nutrition.custom.portionExample')} {...form.register(`portions.${index}.label`)} />
            </FormField>
            <FormField label={t('nutrition.custom.portionGrams')} error={errors.portions?.[index]?.grams?.message}>
              <Input inputMode="decimal" {...form.register(`portions.${index}.grams`)} />
            </FormField>
            <RemoveRowButton
              className="mt-7"
              label={t('nutrition.custom.removePortion', { label: labels[index]?.label || index + 1 })}
              onClick={() => portions.remove(index)}
            />
          </div>
        ))}
        <AddRowButton onClick={() => portions.append({ label: '', grams: '' }, { shouldFocus: false })}>
          {t('nutrition.custom.addPortion')}
        </AddRowButton>
      </fieldset>

      <div className="flex flex-wrap justify-end gap-2">
        {onCancel && (
          <Button type="button" variant="ghost" onClick={onCancel}>
            {t('nutrition.custom.cancel')}
          </Button>
        )}
        <Button type="submit" pending={save.isPending}>
          {food ? t('nutrition.custom.saveChanges') : t('nutrition.custom.create')}
        </Button>
      </div>
    </form>
  )
}
