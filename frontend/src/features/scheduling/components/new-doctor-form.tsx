import { zodResolver } from '@hookform/resolvers/zod'
import { useQuery } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input, NativeSelect } from '@/components/ui/input'
import { parseDecimal } from '@/lib/decimal'
import { applyServerErrors } from '@/lib/form-errors'
import { browserTimeZone } from '@/lib/format'
import { emailAddress, MIN_PASSWORD_LENGTH, requiredText } from '@/lib/schemas'
import { useForm } from '@/lib/use-form'
import { useCreateDoctor } from '../api/create-doctor'
import { specialtiesQueryOptions } from '../api/get-specialties'
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
    // codes from GET /api/specialties, picked from the translated list
    specialties: z.array(z.string()).min(1, t('scheduling.admin.specialtiesRequired')).max(20),
    timezone: requiredText(t).refine(isTimeZone, t('validation.timezone')),
    slotMinutes: z
      .string()
      .transform(parseDecimal)
      .pipe(z.number({ error: slotRange }).int(slotRange).min(5, slotRange).max(480, slotRange)),
    locale: z.enum(['es', 'en']),
  })
}

/** Admins add clinicians; with a password the account can sign in at once, without one it gets a set-password email. */
export function NewDoctorForm() {
  const { t, i18n } = useTranslation()
  const specialtiesId = useId()
  const specialties = useQuery(specialtiesQueryOptions())
  const language = i18n.language === 'en' ? 'en' : 'es'
  const specialtyOptions = useMemo(
    () => [...(specialties.data ?? [])].sort((a, b) => a[language].localeCompare(b[language], language)),
    [specialties.data, language],
  )
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
    specialties: [] as string[],
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
      <fieldset
        className="grid gap-1.5"
        aria-describedby={errors.specialties ? `${specialtiesId}-error` : `${specialtiesId}-hint`}
        aria-invalid={errors.specialties ? true : undefined}
        data-testid="new-doctor-specialties"
      >
        <legend className="mb-1.5 text-sm font-medium">{t('scheduling.admin.specialties')}</legend>
        <div className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-2">
          {specialtyOptions.map((specialty) => (
            <label key={specialty.code} className="flex min-h-9 items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-4 shrink-0 accent-brand-700"
                value={specialty.code}
                {...form.register('specialties')}
              />
              {specialty[language]}
            </label>
          ))}
        </div>
        {errors.specialties ? (
          <p id={`${specialtiesId}-error`} className="text-sm text-danger-700">
            {errors.specialties.message}
          </p>
        ) : (
          <p id={`${specialtiesId}-hint`} className="text-xs text-muted">
            {t('scheduling.admin.specialtiesHint')}
          </p>
        )}
      </fieldset>
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
          <Input type="text" inputMode="numeric" autoComplete="off" {...form.register('slotMinutes')} />
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
