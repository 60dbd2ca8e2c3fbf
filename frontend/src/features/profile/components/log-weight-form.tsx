import { zodResolver } from '@hookform/resolvers/zod'
import { useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Button } from '@/components/ui/button'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { parseDecimal } from '@/lib/decimal'
import { applyServerErrors } from '@/lib/form-errors'
import { useForm } from '@/lib/use-form'
import { useLogWeight } from '../api/log-weight'
import { limits } from '../utils/profile-draft'

/** "Log today's weight": one field, decimal comma or point, without saving the whole profile. */
export function LogWeightForm() {
  const { t } = useTranslation()
  const { min, max } = limits.weightKg
  const outOfRange = t('validation.range', { min, max, unit: 'kg' })
  const schema = z.object({
    weightKg: z
      .string()
      .transform(parseDecimal)
      .pipe(z.number({ error: outOfRange }).min(min, outOfRange).max(max, outOfRange)),
  })
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { weightKg: '' } })
  const { errors } = form.formState
  const typed = useWatch({ control: form.control, name: 'weightKg' })
  const log = useLogWeight()

  const submit = form.handleSubmit(({ weightKg }) =>
    log.mutate(Math.round(weightKg * 10) / 10, {
      onSuccess: () => form.reset(),
      onError: (error) => applyServerErrors(error, form, t),
    }),
  )
  // One inline field: a problem without a field of its own is said under it too.
  const error = errors.weightKg?.message ?? errors.root?.server?.message

  return (
    <form noValidate onSubmit={submit} className="flex items-end gap-2" data-testid="log-weight-form">
      <FormField label={t('weights.today')} error={error} className="min-w-0 flex-1">
        <Input type="text" inputMode="decimal" autoComplete="off" placeholder="68,5" {...form.register('weightKg')} />
      </FormField>
      <Button type="submit" pending={log.isPending} className={error ? 'mb-6' : undefined}>
        {t('weights.log')}
      </Button>
      {log.isSuccess && !typed && (
        <span role="status" className="sr-only">
          {t('weights.logged')}
        </span>
      )}
    </form>
  )
}
