import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { applyServerErrors } from '@/lib/form-errors'
import { MIN_PASSWORD_LENGTH, newPassword } from '@/lib/schemas'
import { useForm } from '@/lib/use-form'
import { useConfirmPasswordReset } from '../api/password-reset'

export function ResetPasswordForm({ token, onSuccess }: { token: string; onSuccess: () => void }) {
  const { t } = useTranslation()
  const form = useForm({ resolver: zodResolver(z.object({ newPassword: newPassword(t) })), defaultValues: { newPassword: '' } })
  const { errors } = form.formState
  const confirm = useConfirmPasswordReset()

  const submit = form.handleSubmit((values) =>
    confirm.mutate({ token, ...values }, { onSuccess, onError: (error) => applyServerErrors(error, form, t) }),
  )

  return (
    <form noValidate onSubmit={submit} className="grid gap-5">
      <FormAlert message={errors.root?.server?.message} />
      <FormField
        label={t('auth.newPassword')}
        error={errors.newPassword?.message}
        hint={t('auth.passwordHint', { count: MIN_PASSWORD_LENGTH })}
      >
        <Input type="password" autoComplete="new-password" required {...form.register('newPassword')} />
      </FormField>
      <Button type="submit" size="lg" pending={confirm.isPending}>
        {t('auth.reset.submit')}
      </Button>
    </form>
  )
}
