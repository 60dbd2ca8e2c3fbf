import { useMemo } from 'react'
import { Controller, type UseFormReturn } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input, NativeSelect } from '@/components/ui/input'
import { RadioCards } from '@/components/ui/radio-cards'
import { applyServerErrors } from '@/lib/form-errors'
import { todayIso } from '@/lib/format'
import { activityLevels, type Goal, goals, type Sex, sexes } from '../api/get-profile'
import { useUpdateProfile } from '../api/update-profile'
import type { ProfileDraft, ProfileValues } from '../utils/profile-draft'

type ProfileFormProps = {
  /** Owned by the workspace, which previews the targets from what is typed. */
  form: UseFormReturn<ProfileDraft, unknown, ProfileValues>
  locale: string | null
}

function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone')
  } catch {
    return []
  }
}

export function ProfileForm({ form, locale }: ProfileFormProps) {
  const { t } = useTranslation()
  const update = useUpdateProfile()
  const zones = useMemo(() => timeZones(), [])
  const { errors, isDirty } = form.formState

  const submit = form.handleSubmit(
    (input) => update.mutate({ ...input, ...(locale ? { locale } : {}) }, { onError: (error) => applyServerErrors(error, form, t) }),
    () => form.setError('root.server', { type: 'client', message: t('errors.checkFields') }),
  )

  return (
    <form noValidate onSubmit={submit} className="grid gap-5" aria-describedby="profile-form-intro">
      <p id="profile-form-intro" className="text-sm text-muted">
        {t('profile.intro')}
      </p>
      <FormAlert message={errors.root?.server?.message} />
      {/* A save resets the form to the saved values; the next edit hides the confirmation. */}
      {update.isSuccess && !isDirty && <Alert tone="success">{t('profile.saved')}</Alert>}

      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label={t('profile.birthDate')} error={errors.birthDate?.message}>
          <Input type="date" required max={todayIso()} autoComplete="bday" {...form.register('birthDate')} />
        </FormField>
        <FormField label={t('profile.timezone')} error={errors.timezone?.message} hint={t('profile.timezoneHint')}>
          <Input list="profile-timezones" required autoComplete="off" spellCheck={false} {...form.register('timezone')} />
        </FormField>
        <datalist id="profile-timezones">
          {zones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
      </div>

      <Controller
        control={form.control}
        name="sex"
        render={({ field, fieldState }) => (
          <RadioCards
            legend={t('profile.sex')}
            name={field.name}
            ref={field.ref}
            value={(field.value || null) as Sex | null}
            onChange={field.onChange}
            error={fieldState.error?.message}
            options={sexes.map((sex) => ({ value: sex, label: t(`profile.sexes.${sex}`) }))}
          />
        )}
      />

      <div className="grid grid-cols-2 gap-4 sm:gap-5">
        <FormField label={t('profile.heightCm')} error={errors.heightCm?.message}>
          <Input type="text" inputMode="decimal" autoComplete="off" required {...form.register('heightCm')} />
        </FormField>
        <FormField label={t('profile.weightKg')} error={errors.weightKg?.message}>
          <Input type="text" inputMode="decimal" autoComplete="off" required {...form.register('weightKg')} />
        </FormField>
      </div>

      <FormField label={t('profile.activityLevel')} error={errors.activityLevel?.message}>
        <NativeSelect required {...form.register('activityLevel')}>
          <option value="" disabled>
            {t('common.choose')}
          </option>
          {activityLevels.map((level) => (
            <option key={level} value={level}>
              {t(`profile.activityLevels.${level}`)}
            </option>
          ))}
        </NativeSelect>
      </FormField>

      <Controller
        control={form.control}
        name="goal"
        render={({ field, fieldState }) => (
          <RadioCards
            legend={t('profile.goal')}
            name={field.name}
            ref={field.ref}
            columns={3}
            value={(field.value || null) as Goal | null}
            onChange={field.onChange}
            error={fieldState.error?.message}
            options={goals.map((goal) => ({ value: goal, label: t(`profile.goals.${goal}`) }))}
          />
        )}
      />

      <div className="flex justify-end">
        <Button type="submit" size="lg" pending={update.isPending} data-testid="profile-save" className="w-full sm:w-auto">
          {t('profile.save')}
        </Button>
      </div>
    </form>
  )
}
