import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { applyServerErrors } from '@/lib/form-errors'
import { emailAddress } from '@/lib/schemas'
import { useForm } from '@/lib/use-form'
import { useRequestPasswordReset } from '../api/password-reset'

export function ForgotPasswordForm() {
  const { t } = useTranslation()
  const form = useForm({ resolver: zodResolver(z.object({ email: emailAddress(t) })), defaultValues: { email: '' } })
  const { errors } = form.formState
  const reset = useRequestPasswordReset()

  const submit = form.handleSubmit(({ email }) => reset.mutate(email, { onError: (error) => applyServerErrors(error, form, t) }))

  if (reset.isSuccess) {
    return <Alert tone="success">{t('auth.forgot.sent', { email: reset.variables })}</Alert>
  }

  return (
    <form noValidate onSubmit={submit} className="grid gap-5">
      <FormAlert message={errors.root?.server?.message} />
      <FormField label={t('auth.email')} error={errors.email?.message}>
        <Input type="email" autoComplete="email" inputMode="email" required {...form.register('email')} />
      </FormField>
      <Button type="submit" size="lg" pending={reset.isPending}>
        {t('auth.forgot.submit')}
      </Button>
    </form>
  )
}
