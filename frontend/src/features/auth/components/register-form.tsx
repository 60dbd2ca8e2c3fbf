import { useRef, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { useForm } from '@/hooks/use-form'
import { focusFirstInvalid, toFormErrors } from '@/lib/form-errors'
import { email, MIN_PASSWORD_LENGTH, password, required, validate } from '@/lib/validation'
import { useRegister, type Registration } from '../api/register'

const fields = ['displayName', 'email', 'password'] as const

export function RegisterForm({ onSuccess }: { onSuccess: (registration: Registration) => void }) {
  const { t, i18n } = useTranslation()
  const formRef = useRef<HTMLFormElement>(null)
  const form = useForm({ displayName: '', email: '', password: '' })
  const registration = useRegister()

  function submit(event: FormEvent) {
    event.preventDefault()
    const clientErrors = validate(form.values, { displayName: required, email, password }, t)
    if (Object.keys(clientErrors).length > 0) {
      form.setErrors({ fields: clientErrors })
      focusFirstInvalid(formRef.current)
      return
    }
    form.setErrors({ fields: {} })
    registration.mutate(
      {
        displayName: form.values.displayName.trim(),
        email: form.values.email.trim(),
        password: form.values.password,
        locale: i18n.language,
      },
      {
        onSuccess,
        onError: (error) => {
          form.setErrors(toFormErrors(error, fields, t))
          focusFirstInvalid(formRef.current)
        },
      },
    )
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} className="grid gap-5">
      <FormAlert message={form.errors.form} />
      <FormField label={t('auth.displayName')} error={form.errors.fields.displayName}>
        <Input autoComplete="name" required maxLength={100} {...form.bind('displayName')} />
      </FormField>
      <FormField label={t('auth.email')} error={form.errors.fields.email}>
        <Input type="email" autoComplete="email" inputMode="email" required {...form.bind('email')} />
      </FormField>
      <FormField
        label={t('auth.password')}
        error={form.errors.fields.password}
        hint={t('auth.passwordHint', { count: MIN_PASSWORD_LENGTH })}
      >
        <Input type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} {...form.bind('password')} />
      </FormField>
      <Button type="submit" size="lg" pending={registration.isPending}>
        {t('auth.register.submit')}
      </Button>
    </form>
  )
}
