import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { ActivityLevel, Goal, Profile, Sex } from './get-profile'
import { queryKeys } from './query-keys'

export type ProfileInput = {
  birthDate: string
  sex: Sex
  heightCm: number
  weightKg: number
  activityLevel: ActivityLevel
  goal: Goal
  timezone: string
  locale?: string
}

export function updateProfile(input: ProfileInput): Promise<Profile> {
  return api.put<Profile>('/me/profile', input)
}

export function useUpdateProfile() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: async (profile) => {
      queryClient.setQueryData(queryKeys.profile, profile)
      // Targets and the weight log are derived from the profile on the server.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.profile }),
        queryClient.invalidateQueries({ queryKey: queryKeys.targets }),
        queryClient.invalidateQueries({ queryKey: queryKeys.weights }),
      ])
    },
  })
}
