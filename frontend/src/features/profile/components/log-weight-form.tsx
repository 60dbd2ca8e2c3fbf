import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '@/components/ui/button'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { parseDecimal } from '@/lib/decimal'
import { errorMessage } from '@/lib/form-errors'
import { useLogWeight } from '../api/log-weight'
import { limits } from '../utils/profile-draft'

/** "Log today's weight": one field, decimal comma or point, without saving the whole profile. */
export function LogWeightForm() {
  const { t } = useTranslation()
  const log = useLogWeight()
  const [value, setValue] = useState('')
  const [error, setError] = useState<string | undefined>()

  function submit(event: FormEvent) {
    event.preventDefault()
    const weightKg = parseDecimal(value)
    const { min, max } = limits.weightKg
    if (!Number.isFinite(weightKg) || weightKg < min || weightKg > max) {
      setError(t('validation.range', { min, max, unit: 'kg' }))
      return
    }
    setError(undefined)
    log.mutate(Math.round(weightKg * 10) / 10, { onSuccess: () => setValue(''), onError: (failure) => setError(errorMessage(failure, t)) })
  }

  return (
    <form noValidate onSubmit={submit} className="flex items-end gap-2" data-testid="log-weight-form">
      <FormField label={t('weights.today')} error={error} className="min-w-0 flex-1">
        <Input
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          placeholder="68,5"
        />
      </FormField>
      <Button type="submit" pending={log.isPending} className={error ? 'mb-6' : undefined}>
        {t('weights.log')}
      </Button>
      {log.isSuccess && !value && (
        <span role="status" className="sr-only">
          {t('weights.logged')}
        </span>
      )}
    </form>
  )
}
