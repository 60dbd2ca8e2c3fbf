import { type FormEvent, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input, NativeSelect } from '@/components/ui/input'
import { RadioCards } from '@/components/ui/radio-cards'
import { focusFirstInvalid, type FormErrors, toFormErrors } from '@/lib/form-errors'
import { todayIso } from '@/lib/format'
import { activityLevels, type Goal, goals, type Sex, sexes } from '../api/get-profile'
import { useUpdateProfile } from '../api/update-profile'
import { limits, type ProfileDraft, type ProfileField, profileFields, readDraft } from '../utils/profile-draft'

type ProfileFormProps = {
  draft: ProfileDraft
  onDraftChange: (draft: ProfileDraft) => void
  errors: FormErrors<ProfileField>
  onErrorsChange: (errors: FormErrors<ProfileField>) => void
  locale: string | null
}

function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone')
  } catch {
    return []
  }
}

export function ProfileForm({ draft, onDraftChange, errors, onErrorsChange, locale }: ProfileFormProps) {
  const { t } = useTranslation()
  const formRef = useRef<HTMLFormElement>(null)
  const update = useUpdateProfile()
  const zones = useMemo(() => timeZones(), [])

  function set(field: ProfileField, value: string) {
    onDraftChange({ ...draft, [field]: value })
    if (errors.fields[field]) onErrorsChange({ ...errors, fields: { ...errors.fields, [field]: undefined } })
    if (update.isSuccess) update.reset()
  }

  const bind = (field: ProfileField) => ({
    name: field,
    value: draft[field],
    onChange: (event: { target: { value: string } }) => set(field, event.target.value),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    const { input, errors: clientErrors } = readDraft(draft, t)
    onErrorsChange({ fields: clientErrors, form: input ? undefined : t('errors.checkFields') })
    if (!input) return focusFirstInvalid(formRef.current)
    update.mutate(
      { ...input, ...(locale ? { locale } : {}) },
      {
        onError: (error) => {
          onErrorsChange(toFormErrors(error, profileFields, t))
          focusFirstInvalid(formRef.current)
        },
      },
    )
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} className="grid gap-5" aria-describedby="profile-form-intro">
      <p id="profile-form-intro" className="text-sm text-muted">
        {t('profile.intro')}
      </p>
      <FormAlert message={errors.form} />
      {update.isSuccess && <Alert tone="success">{t('profile.saved')}</Alert>}

      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label={t('profile.birthDate')} error={errors.fields.birthDate}>
          <Input type="date" required max={todayIso()} autoComplete="bday" {...bind('birthDate')} />
        </FormField>
        <FormField label={t('profile.timezone')} error={errors.fields.timezone} hint={t('profile.timezoneHint')}>
          <Input list="profile-timezones" required autoComplete="off" spellCheck={false} {...bind('timezone')} />
        </FormField>
        <datalist id="profile-timezones">
          {zones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
      </div>

      <RadioCards
        legend={t('profile.sex')}
        name="sex"
        value={(draft.sex || null) as Sex | null}
        onChange={(value) => set('sex', value)}
        error={errors.fields.sex}
        options={sexes.map((sex) => ({ value: sex, label: t(`profile.sexes.${sex}`) }))}
      />

      <div className="grid grid-cols-2 gap-4 sm:gap-5">
        <FormField label={t('profile.heightCm')} error={errors.fields.heightCm}>
          <Input
            type="number"
            inputMode="decimal"
            min={limits.heightCm.min}
            max={limits.heightCm.max}
            step="0.1"
            required
            {...bind('heightCm')}
          />
        </FormField>
        <FormField label={t('profile.weightKg')} error={errors.fields.weightKg}>
          <Input
            type="number"
            inputMode="decimal"
            min={limits.weightKg.min}
            max={limits.weightKg.max}
            step="0.1"
            required
            {...bind('weightKg')}
          />
        </FormField>
      </div>

      <FormField label={t('profile.activityLevel')} error={errors.fields.activityLevel}>
        <NativeSelect required {...bind('activityLevel')}>
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

      <RadioCards
        legend={t('profile.goal')}
        name="goal"
        columns={3}
        value={(draft.goal || null) as Goal | null}
        onChange={(value) => set('goal', value)}
        error={errors.fields.goal}
        options={goals.map((goal) => ({ value: goal, label: t(`profile.goals.${goal}`) }))}
      />

      <div className="flex justify-end">
        <Button type="submit" size="lg" pending={update.isPending} data-testid="profile-save" className="w-full sm:w-auto">
          {t('profile.save')}
        </Button>
      </div>
    </form>
  )
}
