import { zodResolver } from '@hookform/resolvers/zod'
import type { TFunction } from 'i18next'
import { useMemo, useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input, NativeSelect } from '@/components/ui/input'
import { applyServerErrors } from '@/lib/form-errors'
import { browserTimeZone } from '@/lib/format'
import { emailAddress, MIN_PASSWORD_LENGTH, requiredText } from '@/lib/schemas'
import { useCreateDoctor } from '../api/create-doctor'
import { isTimeZone } from '../utils/zoned-time'

function newDoctorSchema(t: TFunction) {
  const slotRange = t('validation.range', { min: 5, max: 480, unit: 'min' })
  return z.object({
    displayName: requiredText(t),
    email: emailAddress(t),
    // Optional: without one the clinician gets a set-password email.
    password: z
      .string()
      .refine((value) => !value || value.length >= MIN_PASSWORD_LENGTH, t('validation.passwordLength', { count: MIN_PASSWORD_LENGTH }))
      .transform((value) => value || undefined),
    specialties: requiredText(t).transform((value) =>
      value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    ),
    timezone: requiredText(t).refine(isTimeZone, t('validation.timezone')),
    slotMinutes: z
      .string()
      .transform(Number)
      .pipe(z.number({ error: slotRange }).int(slotRange).min(5, slotRange).max(480, slotRange)),
    locale: z.enum(['es', 'en']),
  })
}

/** Admins add clinicians; with a password the account can sign in at once, without one it gets a set-password email. */
export function NewDoctorForm() {
  const { t } = useTranslation()
  const zones = useMemo(() => {
    try {
      return Intl.supportedValuesOf('timeZone')
    } catch {
      return []
    }
  }, [])
  const initial = {
    email: '',
    password: '',
    displayName: '',
    specialties: '',
    timezone: browserTimeZone(),
    slotMinutes: '30',
    locale: 'es' as const,
  }
  const form = useForm({ resolver: zodResolver(newDoctorSchema(t)), defaultValues: initial })
  const { errors } = form.formState
  const create = useCreateDoctor()
  const [created, setCreated] = useState<string | null>(null)

  const submit = form.handleSubmit(
    (doctor) =>
      create.mutate(doctor, {
        onSuccess: (saved) => {
          setCreated(saved.displayName)
          form.reset(initial)
        },
        onError: (error) => applyServerErrors(error, form, t),
      }),
    () => form.setError('root.server', { type: 'client', message: t('errors.checkFields') }),
  )

  return (
    <form
      noValidate
      onSubmit={(event) => {
        setCreated(null)
        void submit(event)
      }}
      className="grid gap-4"
      data-testid="new-doctor-form"
    >
      <FormAlert message={errors.root?.server?.message} />
      {created && <Alert tone="success">{t('scheduling.admin.created', { name: created })}</Alert>}
      <FormField label={t('auth.displayName')} error={errors.displayName?.message}>
        <Input autoComplete="off" maxLength={100} {...form.register('displayName')} />
      </FormField>
      <FormField label={t('auth.email')} error={errors.email?.message}>
        <Input type="email" autoComplete="off" maxLength={254} {...form.register('email')} />
      </FormField>
      <FormField label={t('scheduling.admin.password')} hint={t('scheduling.admin.passwordHint')} error={errors.password?.message}>
        <Input type="password" autoComplete="new-password" {...form.register('password')} />
      </FormField>
      <FormField label={t('scheduling.admin.specialties')} hint={t('scheduling.admin.specialtiesHint')} error={errors.specialties?.message}>
        <Input {...form.register('specialties')} />
      </FormField>
      <FormField label={t('scheduling.availability.timezone')} error={errors.timezone?.message}>
        <Input list="new-doctor-zones" spellCheck={false} {...form.register('timezone')} />
      </FormField>
      <datalist id="new-doctor-zones">
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <div className="grid grid-cols-2 gap-4">
        <FormField label={t('scheduling.availability.slotMinutes')} error={errors.slotMinutes?.message}>
          <Input type="number" inputMode="numeric" {...form.register('slotMinutes')} />
        </FormField>
        <FormField label={t('settings.languageTitle')} error={errors.locale?.message}>
          <NativeSelect {...form.register('locale')}>
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
