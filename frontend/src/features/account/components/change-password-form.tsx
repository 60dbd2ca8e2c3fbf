import { useRef, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { useForm } from '@/hooks/use-form'
import { focusFirstInvalid, toFormErrors } from '@/lib/form-errors'
import { MIN_PASSWORD_LENGTH, password, required, validate } from '@/lib/validation'
import { useChangePassword } from '../api/change-password'

const fields = ['currentPassword', 'newPassword'] as const

/** After a successful change every token is revoked and the session ends (see useChangePassword). */
export function ChangePasswordForm() {
  const { t } = useTranslation()
  const formRef = useRef<HTMLFormElement>(null)
  const form = useForm({ currentPassword: '', newPassword: '' })
  const change = useChangePassword()

  function submit(event: FormEvent) {
    event.preventDefault()
    const clientErrors = validate(form.values, { currentPassword: required, newPassword: password }, t)
    form.setErrors({ fields: clientErrors })
    if (Object.keys(clientErrors).length > 0) return focusFirstInvalid(formRef.current)
    change.mutate(form.values, {
      onError: (error) => {
        form.setErrors(toFormErrors(error, fields, t))
        focusFirstInvalid(formRef.current)
      },
    })
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} className="grid gap-4">
      <FormAlert message={form.errors.form} />
      <FormField label={t('settings.currentPassword')} error={form.errors.fields.currentPassword}>
        <Input type="password" autoComplete="current-password" required {...form.bind('currentPassword')} />
      </FormField>
      <FormField
        label={t('auth.newPassword')}
        error={form.errors.fields.newPassword}
        hint={t('auth.passwordHint', { count: MIN_PASSWORD_LENGTH })}
      >
        <Input type="password" autoComplete="new-password" required {...form.bind('newPassword')} />
      </FormField>
      <div>
        <Button type="submit" pending={change.isPending}>
          {t('settings.changePassword')}
        </Button>
      </div>
    </form>
  )
}
