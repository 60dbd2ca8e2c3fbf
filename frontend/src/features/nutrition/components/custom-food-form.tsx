import { Plus, Trash2 } from 'lucide-react'
import { type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { ApiError } from '@/lib/api-client'
import { focusFirstInvalid, toFormErrors } from '@/lib/form-errors'
import { useSaveCustomFood } from '../api/custom-foods'
import type { Food } from '../api/search-foods'
import {
  type CustomFoodDraft,
  type DraftErrors,
  draftFromFood,
  type NutrientField,
  nutrientFields,
  readCustomFood,
  requiredNutrients,
} from '../utils/custom-food-draft'

type CustomFoodFormProps = { food: Food | null; onSaved: (food: Food) => void; onCancel?: () => void }

const unitOf = (field: NutrientField) => (field === 'kcal' ? 'kcal' : field === 'sodiumMg' ? 'mg' : 'g')

/** Creates or edits one of the member's own foods: names, nutrients per 100 g and portions. */
export function CustomFoodForm({ food, onSaved, onCancel }: CustomFoodFormProps) {
  const { t } = useTranslation()
  const formRef = useRef<HTMLFormElement>(null)
  const [draft, setDraft] = useState<CustomFoodDraft>(() => draftFromFood(food))
  const [errors, setErrors] = useState<DraftErrors>({})
  const [formError, setFormError] = useState<string>()
  const [nextKey, setNextKey] = useState(() => draft.portions.length)
  const save = useSaveCustomFood()

  function update(change: Partial<CustomFoodDraft>, clear: string[]) {
    setDraft((current) => ({ ...current, ...change }))
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !clear.includes(key))))
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    const { input, errors: clientErrors } = readCustomFood(draft, t)
    setErrors(clientErrors)
    setFormError(input ? undefined : t('errors.checkFields'))
    if (!input) return focusFirstInvalid(formRef.current)
    save.mutate(
      { id: food?.id, input },
      {
        onSuccess: onSaved,
        onError: (error) => {
          const known = error instanceof ApiError ? Object.keys(error.fieldErrors) : []
          const mapped = toFormErrors(error, known, t)
          setErrors(mapped.fields)
          setFormError(mapped.form)
          focusFirstInvalid(formRef.current)
        },
      },
    )
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} className="grid gap-5" data-testid="custom-food-form">
      <FormAlert message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={t('nutrition.custom.nameEs')} error={errors.nameEs} hint={t('nutrition.custom.nameHint')}>
          <Input value={draft.nameEs} onChange={(event) => update({ nameEs: event.target.value }, ['nameEs', 'nameEn'])} maxLength={300} />
        </FormField>
        <FormField label={t('nutrition.custom.nameEn')} error={errors.nameEn}>
          <Input value={draft.nameEn} onChange={(event) => update({ nameEn: event.target.value }, ['nameEs', 'nameEn'])} maxLength={300} />
        </FormField>
        <FormField label={t('nutrition.custom.foodGroup')} error={errors.foodGroup} className="sm:col-span-2">
          <Input value={draft.foodGroup} onChange={(event) => update({ foodGroup: event.target.value }, ['foodGroup'])} maxLength={120} />
        </FormField>
      </div>

      <fieldset className="grid gap-3">
        <legend className="mb-2 text-sm font-semibold text-ink">{t('nutrition.custom.per100g')}</legend>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {nutrientFields.map((field) => (
            <FormField
              key={field}
              label={`${t(`nutrition.nutrients.${field}`)} (${unitOf(field)})${requiredNutrients.includes(field) ? '' : ` · ${t('nutrition.custom.optional')}`}`}
              error={errors[`per100g.${field}`]}
            >
              <Input
                inputMode="decimal"
                value={draft.nutrients[field]}
                onChange={(event) => update({ nutrients: { ...draft.nutrients, [field]: event.target.value } }, [`per100g.${field}`])}
              />
            </FormField>
          ))}
        </div>
      </fieldset>

      <fieldset className="grid gap-3">
        <legend className="mb-2 text-sm font-semibold text-ink">{t('nutrition.custom.portions')}</legend>
        {draft.portions.length === 0 && <p className="text-sm text-muted">{t('nutrition.custom.noPortions')}</p>}
        {draft.portions.map((portion, index) => (
          <div key={portion.key} className="grid grid-cols-[minmax(0,1fr)_7rem_auto] items-start gap-2">
            <FormField label={t('nutrition.custom.portionLabel')} error={errors[`portions[${index}].label`]}>
              <Input
                value={portion.label}
                placeholder={t('nutrition.custom.portionExample')}
                onChange={(event) =>
                  update(
                    { portions: draft.portions.map((item) => (item.key === portion.key ? { ...item, label: event.target.value } : item)) },
                    [`portions[${index}].label`],
                  )
                }
              />
            </FormField>
            <FormField label={t('nutrition.custom.portionGrams')} error={errors[`portions[${index}].grams`]}>
              <Input
                inputMode="decimal"
                value={portion.grams}
                onChange={(event) =>
                  update(
                    { portions: draft.portions.map((item) => (item.key === portion.key ? { ...item, grams: event.target.value } : item)) },
                    [`portions[${index}].grams`],
                  )
                }
              />
            </FormField>
            <Button
              type="button"
              variant="ghost"
              size="icon"
              className="mt-7"
              aria-label={t('nutrition.custom.removePortion', { label: portion.label || index + 1 })}
              onClick={() => update({ portions: draft.portions.filter((item) => item.key !== portion.key) }, [])}
            >
              <Trash2 aria-hidden="true" />
            </Button>
          </div>
        ))}
        <div>
          <Button
            type="button"
            variant="secondary"
            size="sm"
            onClick={() => {
              update({ portions: [...draft.portions, { key: nextKey, label: '', grams: '' }] }, [])
              setNextKey(nextKey + 1)
            }}
          >
            <Plus aria-hidden="true" />
            {t('nutrition.custom.addPortion')}
          </Button>
        </div>
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
