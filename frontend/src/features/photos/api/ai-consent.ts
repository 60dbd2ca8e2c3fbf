import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { insightKeys } from './weekly-summary'

/** The member's privacy settings (`/api/me/settings`); the AI consent is recognition's. */
export type Settings = { leaderboardOptIn: boolean; aiConsent: boolean }

export function useSettings() {
  return useQuery({ queryKey: insightKeys.settings, queryFn: () => api.get<Settings>('/me/settings') })
}

/** Turning consent on or off changes where the next summary comes from. */
export function useAiConsent() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (aiConsent: boolean) => api.patch<Settings>('/me/settings', { aiConsent }),
    onSuccess: (settings) => {
      queryClient.setQueryData(insightKeys.settings, settings)
      return queryClient.invalidateQueries({ queryKey: insightKeys.weekly })
    },
  })
}
