import { useRef, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { useForm } from '@/hooks/use-form'
import { focusFirstInvalid, toFormErrors } from '@/lib/form-errors'
import { email, validate } from '@/lib/validation'
import { useRequestPasswordReset } from '../api/password-reset'

export function ForgotPasswordForm() {
  const { t } = useTranslation()
  const formRef = useRef<HTMLFormElement>(null)
  const form = useForm({ email: '' })
  const reset = useRequestPasswordReset()

  function submit(event: FormEvent) {
    event.preventDefault()
    const clientErrors = validate(form.values, { email }, t)
    form.setErrors({ fields: clientErrors })
    if (Object.keys(clientErrors).length > 0) return focusFirstInvalid(formRef.current)
    reset.mutate(form.values.email.trim(), {
      onError: (error) => form.setErrors(toFormErrors(error, ['email'], t)),
    })
  }

  if (reset.isSuccess) {
    return <Alert tone="success">{t('auth.forgot.sent', { email: form.values.email.trim() })}</Alert>
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} className="grid gap-5">
      <FormAlert message={form.errors.form} />
      <FormField label={t('auth.email')} error={form.errors.fields.email}>
        <Input type="email" autoComplete="email" inputMode="email" required {...form.bind('email')} />
      </FormField>
      <Button type="submit" size="lg" pending={reset.isPending}>
        {t('auth.forgot.submit')}
      </Button>
    </form>
  )
}
