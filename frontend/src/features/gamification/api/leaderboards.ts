import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from './query-keys'

export const periods = ['weekly', 'monthly', 'all-time'] as const
export type Period = (typeof periods)[number]

export type Entry = { rank: number; displayName: string; points: number; you: boolean }
export type Board = { period: string; from: string | null; entries: Entry[]; me: Entry | null; optedIn: boolean }

export function leaderboardQueryOptions(period: Period, limit: number) {
  return queryOptions({
    queryKey: queryKeys.leaderboard(period, limit),
    queryFn: () => api.get<Board>(`/leaderboards/${period}`, { params: { limit } }),
  })
}

export function useLeaderboard(period: Period, limit = 10) {
  return useQuery(leaderboardQueryOptions(period, limit))
}
