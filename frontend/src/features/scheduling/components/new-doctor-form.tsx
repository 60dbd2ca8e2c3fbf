import { useMemo, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input, NativeSelect } from '@/components/ui/input'
import { useForm } from '@/hooks/use-form'
import { parseDecimal } from '@/lib/decimal'
import { focusFirstInvalid, toFormErrors } from '@/lib/form-errors'
import { browserTimeZone } from '@/lib/format'
import { MIN_PASSWORD_LENGTH, email, required, validate } from '@/lib/validation'
import { useCreateDoctor } from '../api/create-doctor'
import { isTimeZone } from '../utils/zoned-time'

const fields = ['email', 'password', 'displayName', 'specialties', 'timezone', 'slotMinutes', 'locale'] as const
type Field = (typeof fields)[number]

/** Admins add clinicians; with a password the account can sign in at once, without one it gets a set-password email. */
export function NewDoctorForm() {
  const { t } = useTranslation()
  const formRef = useRef<HTMLFormElement>(null)
  const zones = useMemo(() => {
    try {
      return Intl.supportedValuesOf('timeZone')
    } catch {
      return []
    }
  }, [])
  const initial: Record<Field, string> = { email: '', password: '', displayName: '', specialties: '', timezone: browserTimeZone(), slotMinutes: '30', locale: 'es' }
  const form = useForm<Field>(initial)
  const create = useCreateDoctor()
  const [created, setCreated] = useState<string | null>(null)

  function submit(event: FormEvent) {
    event.preventDefault()
    setCreated(null)
    const errors = validate(form.values, { email, displayName: required, specialties: required, timezone: required }, t)
    if (form.values.password && form.values.password.length < MIN_PASSWORD_LENGTH) errors.password = t('validation.passwordLength', { count: MIN_PASSWORD_LENGTH })
    if (form.values.timezone && !isTimeZone(form.values.timezone)) errors.timezone = t('validation.timezone')
    const slot = parseDecimal(form.values.slotMinutes)
    if (!Number.isInteger(slot) || slot < 5 || slot > 480) errors.slotMinutes = t('validation.range', { min: 5, max: 480, unit: 'min' })
    form.setErrors({ fields: errors, form: Object.keys(errors).length ? t('errors.checkFields') : undefined })
    if (Object.keys(errors).length) return focusFirstInvalid(formRef.current)
    create.mutate(
      {
        email: form.values.email.trim(),
        password: form.values.password || undefined,
        displayName: form.values.displayName.trim(),
        specialties: form.values.specialties.split(',').map((item) => item.trim()).filter(Boolean),
        timezone: form.values.timezone.trim(),
        slotMinutes: slot,
        locale: form.values.locale,
      },
      {
        onSuccess: (doctor) => {
          setCreated(doctor.displayName)
          form.setValues(initial)
        },
        onError: (error) => {
          form.setErrors(toFormErrors(error, fields, t))
          focusFirstInvalid(formRef.current)
        },
      },
    )
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} className="grid gap-4" data-testid="new-doctor-form">
      <FormAlert message={form.errors.form} />
      {created && <Alert tone="success">{t('scheduling.admin.created', { name: created })}</Alert>}
      <FormField label={t('auth.displayName')} error={form.errors.fields.displayName}>
        <Input autoComplete="off" maxLength={100} {...form.bind('displayName')} />
      </FormField>
      <FormField label={t('auth.email')} error={form.errors.fields.email}>
        <Input type="email" autoComplete="off" maxLength={254} {...form.bind('email')} />
      </FormField>
      <FormField label={t('scheduling.admin.password')} hint={t('scheduling.admin.passwordHint')} error={form.errors.fields.password}>
        <Input type="password" autoComplete="new-password" {...form.bind('password')} />
      </FormField>
      <FormField label={t('scheduling.admin.specialties')} hint={t('scheduling.admin.specialtiesHint')} error={form.errors.fields.specialties}>
        <Input {...form.bind('specialties')} />
      </FormField>
      <FormField label={t('scheduling.availability.timezone')} error={form.errors.fields.timezone}>
        <Input list="new-doctor-zones" spellCheck={false} {...form.bind('timezone')} />
      </FormField>
      <datalist id="new-doctor-zones">
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <div className="grid grid-cols-2 gap-4">
        <FormField label={t('scheduling.availability.slotMinutes')} error={form.errors.fields.slotMinutes}>
          <Input type="text" inputMode="numeric" autoComplete="off" {...form.bind('slotMinutes')} />
        </FormField>
        <FormField label={t('settings.languageTitle')} error={form.errors.fields.locale}>
          <NativeSelect {...form.bind('locale')}>
            <option value="es">{t('languages.es')}</option>
            <option value="en">{t('languages.en')}</option>
          </NativeSelect>
        </FormField>
      </div>
      <div className="flex justify-end">
        <Button type="submit" pending={create.isPending} data-testid="new-doctor-submit">
          {t('scheduling.admin.create')}
        </Button>
      </div>
    </form>
  )
}
