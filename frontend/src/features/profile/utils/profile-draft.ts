import type { TFunction } from 'i18next'
import { z } from 'zod'
import { decimalInput, parseDecimal } from '@/lib/decimal'
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
    heightCm: profile?.heightCm == null ? '' : decimalInput(profile.heightCm),
    weightKg: profile?.weightKg == null ? '' : decimalInput(profile.weightKg),
    activityLevel: profile?.activityLevel ?? '',
    goal: profile?.goal ?? '',
    timezone: profile?.timezone ?? defaultTimeZone,
  }
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

/** One of the options, else "choose an option". */
function choice<T extends string>(options: readonly T[], t: TFunction) {
  return z.string().transform((value, ctx): T => {
    if (oneOf(options, value)) return value
    ctx.addIssue({ code: 'custom', message: t('validation.choose') })
    return z.NEVER
  })
}

/** Typed decimal text (comma or point) within the server's range. */
function measure(range: { min: number; max: number }, unit: string, t: TFunction) {
  return z.string().transform((value, ctx) => {
    const number = parseDecimal(value)
    if (!Number.isFinite(number)) {
      ctx.addIssue({ code: 'custom', message: value.trim() ? t('validation.number') : t('validation.required') })
      return z.NEVER
    }
    if (number < range.min || number > range.max) {
      ctx.addIssue({ code: 'custom', message: t('validation.range', { ...range, unit }) })
      return z.NEVER
    }
    return number
  })
}

/** The profile form's rules, the same ranges as the server; parses the draft into the request body. */
export function profileSchema(t: TFunction, today = new Date()) {
  return z.object({
    birthDate: z.string().superRefine((value, ctx) => {
      const fail = (message: string) => ctx.addIssue({ code: 'custom', message })
      if (!value) return fail(t('validation.required'))
      if (!parseLocalDate(value)) return fail(t('validation.date'))
      const age = ageOn(value, today)
      if (age < limits.age.min || age > limits.age.max) fail(t('validation.ageRange', limits.age))
    }),
    sex: choice(sexes, t),
    heightCm: measure(limits.heightCm, 'cm', t),
    weightKg: measure(limits.weightKg, 'kg', t),
    activityLevel: choice(activityLevels, t),
    goal: choice(goals, t),
    timezone: z.string().trim().min(1, t('validation.required')).refine(isTimeZone, t('validation.timezone')),
  }) satisfies z.ZodType<Omit<ProfileInput, 'locale'>, ProfileDraft>
}

export type ProfileValues = z.output<ReturnType<typeof profileSchema>>

/** Validates the draft against the same ranges as the server; returns the request body when valid. */
export function readDraft(
  draft: ProfileDraft,
  t: TFunction,
  today = new Date(),
): { input?: ProfileInput; errors: Partial<Record<ProfileField, string>> } {
  const result = profileSchema(t, today).safeParse(draft)
  if (result.success) return { errors: {}, input: result.data }
  const errors: Partial<Record<ProfileField, string>> = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0] as ProfileField
    errors[field] ??= issue.message
  }
  return { errors }
}
