import { useRef, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { useForm } from '@/hooks/use-form'
import { focusFirstInvalid, toFormErrors } from '@/lib/form-errors'
import { required, validate } from '@/lib/validation'
import type { Me } from '../api/get-me'
import { useUpdateMe } from '../api/update-me'

export function DisplayNameForm({ me }: { me: Me }) {
  const { t } = useTranslation()
  const formRef = useRef<HTMLFormElement>(null)
  const form = useForm({ displayName: me.displayName })
  const update = useUpdateMe()

  function submit(event: FormEvent) {
    event.preventDefault()
    update.reset()
    const clientErrors = validate(form.values, { displayName: required }, t)
    form.setErrors({ fields: clientErrors })
    if (Object.keys(clientErrors).length > 0) return focusFirstInvalid(formRef.current)
    update.mutate(
      { displayName: form.values.displayName.trim() },
      {
        onError: (error) => {
          form.setErrors(toFormErrors(error, ['displayName'], t))
          focusFirstInvalid(formRef.current)
        },
      },
    )
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} className="grid gap-4">
      <FormAlert message={form.errors.form} />
      {update.isSuccess && <Alert tone="success">{t('settings.saved')}</Alert>}
      <FormField label={t('auth.displayName')} error={form.errors.fields.displayName}>
        <Input autoComplete="name" required maxLength={100} {...form.bind('displayName')} />
      </FormField>
      <div>
        <Button type="submit" pending={update.isPending}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  )
}
