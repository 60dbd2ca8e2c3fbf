import { useRef, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { useForm } from '@/hooks/use-form'
import { focusFirstInvalid, toFormErrors } from '@/lib/form-errors'
import { MIN_PASSWORD_LENGTH, password, validate } from '@/lib/validation'
import { useConfirmPasswordReset } from '../api/password-reset'

export function ResetPasswordForm({ token, onSuccess }: { token: string; onSuccess: () => void }) {
  const { t } = useTranslation()
  const formRef = useRef<HTMLFormElement>(null)
  const form = useForm({ newPassword: '' })
  const confirm = useConfirmPasswordReset()

  function submit(event: FormEvent) {
    event.preventDefault()
    const clientErrors = validate(form.values, { newPassword: password }, t)
    form.setErrors({ fields: clientErrors })
    if (Object.keys(clientErrors).length > 0) return focusFirstInvalid(formRef.current)
    confirm.mutate(
      { token, newPassword: form.values.newPassword },
      {
        onSuccess,
        onError: (error) => {
          form.setErrors(toFormErrors(error, ['newPassword'], t))
          focusFirstInvalid(formRef.current)
        },
      },
    )
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} className="grid gap-5">
      <FormAlert message={form.errors.form} />
      <FormField
        label={t('auth.newPassword')}
        error={form.errors.fields.newPassword}
        hint={t('auth.passwordHint', { count: MIN_PASSWORD_LENGTH })}
      >
        <Input type="password" autoComplete="new-password" required {...form.bind('newPassword')} />
      </FormField>
      <Button type="submit" size="lg" pending={confirm.isPending}>
        {t('auth.reset.submit')}
      </Button>
    </form>
  )
}
