import { Link } from '@tanstack/react-router'
import { useRef, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { useForm } from '@/hooks/use-form'
import { focusFirstInvalid, toFormErrors } from '@/lib/form-errors'
import { email, required, validate } from '@/lib/validation'
import { useLogin } from '../api/login'

const fields = ['email', 'password'] as const

export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useTranslation()
  const formRef = useRef<HTMLFormElement>(null)
  const form = useForm({ email: '', password: '' })
  const login = useLogin()

  function submit(event: FormEvent) {
    event.preventDefault()
    const clientErrors = validate(form.values, { email, password: required }, t)
    if (Object.keys(clientErrors).length > 0) {
      form.setErrors({ fields: clientErrors })
      focusFirstInvalid(formRef.current)
      return
    }
    form.setErrors({ fields: {} })
    login.mutate(
      { email: form.values.email.trim(), password: form.values.password },
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
      <FormField label={t('auth.email')} error={form.errors.fields.email}>
        <Input type="email" autoComplete="email" inputMode="email" required {...form.bind('email')} />
      </FormField>
      <FormField label={t('auth.password')} error={form.errors.fields.password}>
        <Input type="password" autoComplete="current-password" required {...form.bind('password')} />
      </FormField>
      <div className="-mt-2 text-right text-sm">
        <Link to="/forgot-password" className="font-medium text-brand-700 hover:underline">
          {t('auth.login.forgot')}
        </Link>
      </div>
      <Button type="submit" size="lg" pending={login.isPending}>
        {t('auth.login.submit')}
      </Button>
    </form>
  )
}
