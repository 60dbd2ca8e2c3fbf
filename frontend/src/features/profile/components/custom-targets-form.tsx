import { zodResolver } from '@hookform/resolvers/zod'
import type { TFunction } from 'i18next'
import { useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { parseDecimal } from '@/lib/decimal'
import { applyServerErrors, errorMessage } from '@/lib/form-errors'
import { formatNumber } from '@/lib/format'
import { useForm } from '@/lib/use-form'
import type { Targets } from '../api/get-targets'
import { useResetTargets, useSetCustomTargets } from '../api/update-targets'

type Field = 'calories' | 'proteinG' | 'fatG' | 'carbsG'

const bounds: Record<Field, { min: number; max: number }> = {
  calories: { min: 800, max: 10000 },
  proteinG: { min: 0, max: 600 },
  fatG: { min: 0, max: 400 },
  carbsG: { min: 0, max: 1500 },
}

/** The typed text, required, as a number within the field's bounds. */
function target(field: Field, t: TFunction) {
  const outOfRange = t('validation.range', { ...bounds[field], unit: field === 'calories' ? 'kcal' : 'g' })
  return z
    .string()
    .trim()
    .min(1, t('validation.required'))
    .transform(parseDecimal)
    .pipe(z.number({ error: outOfRange }).min(bounds[field].min, outOfRange).max(bounds[field].max, outOfRange))
}

const toText = (value: number | undefined) => (value == null ? '' : String(Math.round(value)))

export function CustomTargetsForm({ targets }: { targets: Targets | null }) {
  const { t } = useTranslation()
  const schema = z.object({
    calories: target('calories', t),
    proteinG: target('proteinG', t),
    fatG: target('fatG', t),
    carbsG: target('carbsG', t),
  })
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: {
      calories: toText(targets?.calories),
      proteinG: toText(targets?.proteinG),
      fatG: toText(targets?.fatG),
      carbsG: toText(targets?.carbsG),
    },
  })
  const { errors } = form.formState
  const save = useSetCustomTargets()
  const reset = useResetTargets()

  const [proteinG, fatG, carbsG] = useWatch({ control: form.control, name: ['proteinG', 'fatG', 'carbsG'] }).map((value) =>
    parseDecimal(String(value)),
  )
  const macroCalories = proteinG * 4 + fatG * 9 + carbsG * 4

  const submit = form.handleSubmit((numbers) => save.mutate(numbers, { onError: (error) => applyServerErrors(error, form, t) }))

  function backToCalculated() {
    save.reset()
    reset.mutate(undefined, {
      onError: (error) => form.setError('root.server', { type: 'server', message: errorMessage(error, t) }),
    })
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        reset.reset()
        void submit(event)
      }}
      className="grid gap-4"
    >
      <FormAlert message={errors.root?.server?.message} />
      {save.isSuccess && <Alert tone="success">{t('customTargets.saved')}</Alert>}
      {reset.isSuccess && <Alert tone="success">{t('customTargets.reset')}</Alert>}
      <div className="grid grid-cols-3 gap-3">
        <FormField label={t('customTargets.calories')} error={errors.calories?.message} className="col-span-3">
          <Input type="text" inputMode="numeric" autoComplete="off" required {...bounds.calories} {...form.register('calories')} />
        </FormField>
        <FormField label={t('customTargets.protein')} error={errors.proteinG?.message}>
          <Input type="text" inputMode="numeric" autoComplete="off" required {...bounds.proteinG} {...form.register('proteinG')} />
        </FormField>
        <FormField label={t('customTargets.fat')} error={errors.fatG?.message}>
          <Input type="text" inputMode="numeric" autoComplete="off" required {...bounds.fatG} {...form.register('fatG')} />
        </FormField>
        <FormField label={t('customTargets.carbs')} error={errors.carbsG?.message}>
          <Input type="text" inputMode="numeric" autoComplete="off" required {...bounds.carbsG} {...form.register('carbsG')} />
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
