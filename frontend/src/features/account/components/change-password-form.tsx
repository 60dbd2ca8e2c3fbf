import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { applyServerErrors } from '@/lib/form-errors'
import { currentPassword, MIN_PASSWORD_LENGTH, newPassword } from '@/lib/schemas'
import { useForm } from '@/lib/use-form'
import { useChangePassword } from '../api/change-password'

/** After a successful change every token is revoked and the session ends (see useChangePassword). */
export function ChangePasswordForm() {
  const { t } = useTranslation()
  const schema = z
    .object({ currentPassword: currentPassword(t), newPassword: newPassword(t) })
    .refine((values) => values.newPassword !== values.currentPassword, {
      message: t('violations.SAME_PASSWORD'),
      path: ['newPassword'],
    })
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { currentPassword: '', newPassword: '' } })
  const { errors } = form.formState
  const change = useChangePassword()

  const submit = form.handleSubmit((values) => change.mutate(values, { onError: (error) => applyServerErrors(error, form, t) }))

  return (
    <form noValidate onSubmit={submit} className="grid gap-4">
      <FormAlert message={errors.root?.server?.message} />
      <FormField label={t('settings.currentPassword')} error={errors.currentPassword?.message}>
        <Input type="password" autoComplete="current-password" required {...form.register('currentPassword')} />
      </FormField>
      <FormField
        label={t('auth.newPassword')}
        error={errors.newPassword?.message}
        hint={t('auth.passwordHint', { count: MIN_PASSWORD_LENGTH })}
      >
        <Input type="password" autoComplete="new-password" required {...form.register('newPassword')} />
      </FormField>
      <div>
        <Button type="submit" pending={change.isPending}>
          {t('settings.changePassword')}
        </Button>
      </div>
    </form>
  )
}
