import { useRef, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { useForm } from '@/hooks/use-form'
import { errorMessage, focusFirstInvalid, toFormErrors } from '@/lib/form-errors'
import { parseDecimal } from '@/lib/decimal'
import { formatNumber } from '@/lib/format'
import type { Targets } from '../api/get-targets'
import { useResetTargets, useSetCustomTargets } from '../api/update-targets'

const fields = ['calories', 'proteinG', 'fatG', 'carbsG'] as const
type Field = (typeof fields)[number]

const bounds: Record<Field, { min: number; max: number }> = {
  calories: { min: 800, max: 10000 },
  proteinG: { min: 0, max: 600 },
  fatG: { min: 0, max: 400 },
  carbsG: { min: 0, max: 1500 },
}

const toText = (value: number | undefined) => (value == null ? '' : String(Math.round(value)))

export function CustomTargetsForm({ targets }: { targets: Targets | null }) {
  const { t } = useTranslation()
  const formRef = useRef<HTMLFormElement>(null)
  const form = useForm<Field>({
    calories: toText(targets?.calories),
    proteinG: toText(targets?.proteinG),
    fatG: toText(targets?.fatG),
    carbsG: toText(targets?.carbsG),
  })
  const save = useSetCustomTargets()
  const reset = useResetTargets()

  const numbers = Object.fromEntries(fields.map((field) => [field, parseDecimal(form.values[field])])) as Record<Field, number>
  const macroCalories = numbers.proteinG * 4 + numbers.fatG * 9 + numbers.carbsG * 4

  function submit(event: FormEvent) {
    event.preventDefault()
    reset.reset()
    const clientErrors: Partial<Record<Field, string>> = {}
    for (const field of fields) {
      const raw = form.values[field].trim()
      const value = parseDecimal(raw)
      if (!raw) clientErrors[field] = t('validation.required')
      else if (!Number.isFinite(value) || value < bounds[field].min || value > bounds[field].max)
        clientErrors[field] = t('validation.range', { ...bounds[field], unit: field === 'calories' ? 'kcal' : 'g' })
    }
    form.setErrors({ fields: clientErrors })
    if (Object.keys(clientErrors).length > 0) return focusFirstInvalid(formRef.current)
    save.mutate(numbers, {
      onError: (error) => {
        form.setErrors(toFormErrors(error, fields, t))
        focusFirstInvalid(formRef.current)
      },
    })
  }

  function backToCalculated() {
    save.reset()
    reset.mutate(undefined, {
      onError: (error) => form.setErrors({ fields: {}, form: errorMessage(error, t) }),
    })
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} className="grid gap-4">
      <FormAlert message={form.errors.form} />
      {save.isSuccess && <Alert tone="success">{t('customTargets.saved')}</Alert>}
      {reset.isSuccess && <Alert tone="success">{t('customTargets.reset')}</Alert>}
      <div className="grid grid-cols-3 gap-3">
        <FormField label={t('customTargets.calories')} error={form.errors.fields.calories} className="col-span-3">
          <Input type="text" inputMode="numeric" autoComplete="off" required {...bounds.calories} {...form.bind('calories')} />
        </FormField>
        <FormField label={t('customTargets.protein')} error={form.errors.fields.proteinG}>
          <Input type="text" inputMode="numeric" autoComplete="off" required {...bounds.proteinG} {...form.bind('proteinG')} />
        </FormField>
        <FormField label={t('customTargets.fat')} error={form.errors.fields.fatG}>
          <Input type="text" inputMode="numeric" autoComplete="off" required {...bounds.fatG} {...form.bind('fatG')} />
        </FormField>
        <FormField label={t('customTargets.carbs')} error={form.errors.fields.carbsG}>
          <Input type="text" inputMode="numeric" autoComplete="off" required {...bounds.carbsG} {...form.bind('carbsG')} />
        </FormField>
      </div>
      {Number.isFinite(macroCalories) && macroCalories > 0 && (
        <p className="text-xs text-muted">{t('customTargets.macroCalories', { kcal: formatNumber(macroCalories) })}</p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={save.isPending}>
          {t('customTargets.save')}
        </Button>
        {targets?.custom && (
          <Button type="button" variant="secondary" pending={reset.isPending} onClick={backToCalculated}>
            {t('customTargets.useCalculated')}
          </Button>
        )}
      </div>
    </form>
  )
}
