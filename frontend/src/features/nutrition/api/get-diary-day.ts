import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from './query-keys'

export const meals = ['BREAKFAST', 'LUNCH', 'DINNER', 'SNACK'] as const
export type Meal = (typeof meals)[number]

/** Energy, macros, fiber, sugars and sodium; null when nothing logged had a value. */
export type Intake = {
  kcal: number | null
  proteinG: number | null
  fatG: number | null
  carbsG: number | null
  fiberG: number | null
  sugarsG: number | null
  sodiumMg: number | null
}

export type DiaryEntry = {
  id: string
  date: string
  meal: Meal
  foodId: string
  foodName: string
  grams: number
  nutrients: Intake
}

export type DiaryTargets = {
  bmr: number | null
  tdee: number | null
  calories: number
  proteinG: number
  fatG: number
  carbsG: number
  custom: boolean
}

export type Remaining = { kcal: number; proteinG: number; fatG: number; carbsG: number }

export type DiaryDay = {
  date: string
  meals: { meal: Meal; entries: DiaryEntry[]; totals: Intake }[]
  totals: Intake
  targets: DiaryTargets | null
  remaining: Remaining | null
}

export function getDiaryDay(date: string): Promise<DiaryDay> {
  return api.get<DiaryDay>(`/diary/${date}`)
}

export function diaryDayQueryOptions(date: string) {
  return queryOptions({ queryKey: queryKeys.diaryDay(date), queryFn: () => getDiaryDay(date) })
}

export function useDiaryDay(date: string) {
  return useQuery(diaryDayQueryOptions(date))
}
