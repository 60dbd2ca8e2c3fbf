import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { applyServerErrors } from '@/lib/form-errors'
import { requiredText } from '@/lib/schemas'
import { useForm } from '@/lib/use-form'
import type { Me } from '../api/get-me'
import { useUpdateMe } from '../api/update-me'

export function DisplayNameForm({ me }: { me: Me }) {
  const { t } = useTranslation()
  const form = useForm({
    resolver: zodResolver(z.object({ displayName: requiredText(t) })),
    defaultValues: { displayName: me.displayName },
  })
  const { errors } = form.formState
  const update = useUpdateMe()

  const submit = form.handleSubmit((values) => update.mutate(values, { onError: (error) => applyServerErrors(error, form, t) }))

  return (
    <form
      noValidate
      onSubmit={(event) => {
        update.reset()
        void submit(event)
      }}
      className="grid gap-4"
    >
      <FormAlert message={errors.root?.server?.message} />
      {update.isSuccess && <Alert tone="success">{t('settings.saved')}</Alert>}
      <FormField label={t('auth.displayName')} error={errors.displayName?.message}>
        <Input autoComplete="name" required maxLength={100} {...form.register('displayName')} />
      </FormField>
      <div>
        <Button type="submit" pending={update.isPending}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  )
}
