import type { TFunction } from 'i18next'
import { parseLocalDate } from '@/lib/format'
import { activityLevels, goals, type Profile, sexes } from '../api/get-profile'
import type { ProfileInput } from '../api/update-profile'
import { ageOn } from './targets'

export const profileFields = ['birthDate', 'sex', 'heightCm', 'weightKg', 'activityLevel', 'goal', 'timezone'] as const
export type ProfileField = (typeof profileFields)[number]
export type ProfileDraft = Record<ProfileField, string>

export const limits = {
  heightCm: { min: 100, max: 250 },
  weightKg: { min: 30, max: 400 },
  age: { min: 14, max: 120 },
}

export function draftFromProfile(profile: Profile | undefined, defaultTimeZone: string): ProfileDraft {
  return {
    birthDate: profile?.birthDate ?? '',
    sex: profile?.sex ?? '',
    heightCm: profile?.heightCm == null ? '' : String(profile.heightCm),
    weightKg: profile?.weightKg == null ? '' : String(profile.weightKg),
    activityLevel: profile?.activityLevel ?? '',
    goal: profile?.goal ?? '',
    timezone: profile?.timezone ?? defaultTimeZone,
  }
}

function parseNumber(value: string): number | null {
  const normalised = value.trim().replace(',', '.')
  if (!normalised) return null
  const number = Number(normalised)
  return Number.isFinite(number) ? number : null
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return true
  } catch {
    return false
  }
}

const oneOf = <T extends string>(options: readonly T[], value: string): value is T => (options as readonly string[]).includes(value)

/** Validates the draft against the same ranges as the server; returns the request body when valid. */
export function readDraft(
  draft: ProfileDraft,
  t: TFunction,
  today = new Date(),
): { input?: ProfileInput; errors: Partial<Record<ProfileField, string>> } {
  const errors: Partial<Record<ProfileField, string>> = {}
  const required = t('validation.required')

  const birth = parseLocalDate(draft.birthDate)
  if (!draft.birthDate) errors.birthDate = required
  else if (!birth) errors.birthDate = t('validation.date')
  else {
    const age = ageOn(draft.birthDate, today)
    if (age < limits.age.min || age > limits.age.max) errors.birthDate = t('validation.ageRange', limits.age)
  }

  if (!oneOf(sexes, draft.sex)) errors.sex = t('validation.choose')

  const heightCm = parseNumber(draft.heightCm)
  if (heightCm === null) errors.heightCm = draft.heightCm.trim() ? t('validation.number') : required
  else if (heightCm < limits.heightCm.min || heightCm > limits.heightCm.max)
    errors.heightCm = t('validation.range', { ...limits.heightCm, unit: 'cm' })

  const weightKg = parseNumber(draft.weightKg)
  if (weightKg === null) errors.weightKg = draft.weightKg.trim() ? t('validation.number') : required
  else if (weightKg < limits.weightKg.min || weightKg > limits.weightKg.max)
    errors.weightKg = t('validation.range', { ...limits.weightKg, unit: 'kg' })

  if (!oneOf(activityLevels, draft.activityLevel)) errors.activityLevel = t('validation.choose')
  if (!oneOf(goals, draft.goal)) errors.goal = t('validation.choose')

  if (!draft.timezone.trim()) errors.timezone = required
  else if (!isTimeZone(draft.timezone.trim())) errors.timezone = t('validation.timezone')

  if (Object.keys(errors).length > 0) return { errors }
  return {
    errors,
    input: {
      birthDate: draft.birthDate,
      sex: draft.sex as ProfileInput['sex'],
      heightCm: heightCm!,
      weightKg: weightKg!,
      activityLevel: draft.activityLevel as ProfileInput['activityLevel'],
      goal: draft.goal as ProfileInput['goal'],
      timezone: draft.timezone.trim(),
    },
  }
}
