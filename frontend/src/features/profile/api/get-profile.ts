import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from './query-keys'

export const sexes = ['FEMALE', 'MALE'] as const
export const activityLevels = ['SEDENTARY', 'LIGHT', 'MODERATE', 'ACTIVE', 'VERY_ACTIVE'] as const
export const goals = ['LOSE', 'MAINTAIN', 'GAIN'] as const

export type Sex = (typeof sexes)[number]
export type ActivityLevel = (typeof activityLevels)[number]
export type Goal = (typeof goals)[number]

export type Profile = {
  birthDate: string | null
  sex: Sex | null
  heightCm: number | null
  weightKg: number | null
  activityLevel: ActivityLevel | null
  goal: Goal | null
  timezone: string | null
  locale: string | null
  complete: boolean
}

export function getProfile(): Promise<Profile> {
  return api.get<Profile>('/me/profile')
}

export function profileQueryOptions() {
  return queryOptions({ queryKey: queryKeys.profile, queryFn: getProfile })
}

export function useProfile() {
  return useQuery(profileQueryOptions())
}
