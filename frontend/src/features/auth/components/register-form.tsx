import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { applyServerErrors } from '@/lib/form-errors'
import { emailAddress, MIN_PASSWORD_LENGTH, newPassword, requiredText } from '@/lib/schemas'
import { useForm } from '@/lib/use-form'
import { type Registration, useRegister } from '../api/register'

export function RegisterForm({ onSuccess }: { onSuccess: (registration: Registration) => void }) {
  const { t, i18n } = useTranslation()
  const schema = z.object({ displayName: requiredText(t), email: emailAddress(t), password: newPassword(t) })
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { displayName: '', email: '', password: '' } })
  const { errors } = form.formState
  const registration = useRegister()

  const submit = form.handleSubmit((values) =>
    registration.mutate({ ...values, locale: i18n.language }, { onSuccess, onError: (error) => applyServerErrors(error, form, t) }),
  )

  return (
    <form noValidate onSubmit={submit} className="grid gap-5">
      <FormAlert message={errors.root?.server?.message} />
      <FormField label={t('auth.displayName')} error={errors.displayName?.message}>
        <Input autoComplete="name" required maxLength={100} {...form.register('displayName')} />
      </FormField>
      <FormField label={t('auth.email')} error={errors.email?.message}>
        <Input type="email" autoComplete="email" inputMode="email" required {...form.register('email')} />
      </FormField>
      <FormField label={t('auth.password')} error={errors.password?.message} hint={t('auth.passwordHint', { count: MIN_PASSWORD_LENGTH })}>
        <Input type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} {...form.register('password')} />
      </FormField>
      <Button type="submit" size="lg" pending={registration.isPending}>
        {t('auth.register.submit')}
      </Button>
    </form>
  )
}
