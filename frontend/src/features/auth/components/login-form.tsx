import { zodResolver } from '@hookform/resolvers/zod'
import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { applyServerErrors } from '@/lib/form-errors'
import { currentPassword, emailAddress } from '@/lib/schemas'
import { useForm } from '@/lib/use-form'
import { useLogin } from '../api/login'

export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useTranslation()
  const schema = z.object({ email: emailAddress(t), password: currentPassword(t) })
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { email: '', password: '' } })
  const { errors } = form.formState
  const login = useLogin()

  const submit = form.handleSubmit((values) => login.mutate(values, { onSuccess, onError: (error) => applyServerErrors(error, form, t) }))

  return (
    <form noValidate onSubmit={submit} className="grid gap-5">
      <FormAlert message={errors.root?.server?.message} />
      <FormField label={t('auth.email')} error={errors.email?.message}>
        <Input type="email" autoComplete="email" inputMode="email" required {...form.register('email')} />
      </FormField>
      <FormField label={t('auth.password')} error={errors.password?.message}>
        <Input type="password" autoComplete="current-password" required {...form.register('password')} />
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
