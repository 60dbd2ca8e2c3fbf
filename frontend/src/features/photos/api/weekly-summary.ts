import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'

export type WeeklySummary = { week: string; text: string; source: 'AI' | 'CACHED' | 'LOCAL'; generatedAt: string }

type Settings = { leaderboardOptIn: boolean; aiConsent: boolean }

export const insightKeys = {
  weekly: ['insights', 'weekly'] as const,
  settings: ['me', 'settings'] as const,
}

export function useWeeklySummary() {
  return useQuery({
    queryKey: insightKeys.weekly,
    queryFn: () => api.get<WeeklySummary>('/me/insights/weekly'),
    retry: false,
  })
}

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
