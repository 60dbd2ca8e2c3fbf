import type { ActivityLevel, Goal, Sex } from '../api/get-profile'

export type TargetInput = {
  birthDate: string
  sex: Sex
  heightCm: number
  weightKg: number
  activityLevel: ActivityLevel
  goal: Goal
}

export type TargetPreview = {
  bmr: number
  tdee: number
  calories: number
  proteinG: number
  fatG: number
  carbsG: number
}

export const activityFactors: Record<ActivityLevel, number> = {
  SEDENTARY: 1.2,
  LIGHT: 1.375,
  MODERATE: 1.55,
  ACTIVE: 1.725,
  VERY_ACTIVE: 1.9,
}

/** Whole years between a "YYYY-MM-DD" birth date and today (local calendar). */
export function ageOn(birthDate: string, today: Date): number {
  const [year, month, day] = birthDate.split('-').map(Number)
  let age = today.getFullYear() - year
  const beforeBirthday = today.getMonth() + 1 < month || (today.getMonth() + 1 === month && today.getDate() < day)
  if (beforeBirthday) age -= 1
  return age
}

/** Mifflin–St Jeor resting energy in kcal/day. */
export function basalMetabolicRate(input: Pick<TargetInput, 'sex' | 'heightCm' | 'weightKg'>, age: number): number {
  const base = 10 * input.weightKg + 6.25 * input.heightCm - 5 * age
  return base + (input.sex === 'MALE' ? 5 : -161)
}

/**
 * A client-side preview of what the server will compute after saving; the server's
 * GET /api/me/targets stays the source of truth.
 */
export function previewTargets(input: TargetInput, today = new Date()): TargetPreview {
  const bmr = basalMetabolicRate(input, ageOn(input.birthDate, today))
  const tdee = bmr * activityFactors[input.activityLevel]
  const floor = Math.max(bmr, input.sex === 'FEMALE' ? 1200 : 1500)
  const calories = input.goal === 'LOSE' ? Math.max(tdee - 500, floor) : input.goal === 'GAIN' ? tdee + 300 : tdee

  // Same rounding order as the server: whole kcal first, then protein and fat, carbs take the rest.
  const kcal = Math.round(calories)
  const proteinG = Math.round(input.weightKg * (input.goal === 'LOSE' ? 1.6 : 1.4))
  const fatG = Math.round((kcal * 0.3) / 9)
  const carbsG = Math.max(0, Math.round((kcal - proteinG * 4 - fatG * 9) / 4))

  return { bmr: Math.round(bmr), tdee: Math.round(tdee), calories: kcal, proteinG, fatG, carbsG }
}
