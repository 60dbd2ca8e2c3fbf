import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys as sharedKeys } from '@/lib/query-keys'
import { queryKeys } from './query-keys'

export type Text = { es: string; en: string }

export type Progress = {
  points: number
  level: number
  nextLevelAt: number
  badges: { code: string; name: Text; description: Text; icon: string; awardedAt: string }[]
  lockedBadges: { code: string; name: Text; description: Text; icon: string; earnedBy: Text | null }[]
  streak: { current: number; longest: number }
  recentAwards: { ruleCode: string; ruleName: Text; points: number; badgeCode: string | null; awardedAt: string }[]
  leaderboardOptIn: boolean
}

/** The text in the page's language (Spanish unless English). */
export function inLanguage(text: Text, language: string): string {
  return language.startsWith('en') ? text.en : text.es
}

export function progressQueryOptions() {
  return queryOptions({ queryKey: sharedKeys.progress, queryFn: () => api.get<Progress>('/me/progress') })
}

export function useProgress() {
  return useQuery(progressQueryOptions())
}

export function useLeaderboardOptIn() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (leaderboardOptIn: boolean) => api.patch<{ leaderboardOptIn: boolean }>('/me/settings', { leaderboardOptIn }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: sharedKeys.progress }),
        queryClient.invalidateQueries({ queryKey: queryKeys.leaderboardsAll }),
      ]),
  })
}
