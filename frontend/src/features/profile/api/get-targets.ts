import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, ApiError } from '@/lib/api-client'
import { queryKeys } from './query-keys'

export type Targets = {
  bmr: number | null
  tdee: number | null
  calories: number
  proteinG: number
  fatG: number
  carbsG: number
  custom: boolean
}

/** Resolves to null while the profile is incomplete and no custom targets exist (409 PROFILE_INCOMPLETE). */
export async function getTargets(): Promise<Targets | null> {
  try {
    return await api.get<Targets>('/me/targets')
  } catch (error) {
    if (error instanceof ApiError && error.status === 409 && error.code === 'PROFILE_INCOMPLETE') return null
    throw error
  }
}

export function targetsQueryOptions() {
  return queryOptions({ queryKey: queryKeys.targets, queryFn: getTargets })
}

export function useTargets() {
  return useQuery(targetsQueryOptions())
}
