import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from './query-keys'

export type ReplayReport = {
  membersGaining: number
  membersLosing: number
  pointsBefore: number
  pointsAfter: number
  badgesGained: number
  badgesLost: number
  examples: {
    memberId: string
    displayName: string
    pointsBefore: number
    pointsAfter: number
    badgesGained: string[]
    badgesLost: string[]
  }[]
}

export type Replay = {
  id: string
  dryRun: boolean
  status: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED'
  totalEvents: number
  processedEvents: number
  report: ReplayReport | null
  error: string | null
  requestedAt: string
  finishedAt: string | null
}

export const replayRunning = (replay: Replay | undefined) => replay?.status === 'QUEUED' || replay?.status === 'RUNNING'

export function useStartReplay() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (dryRun: boolean) => api.post<Replay>('/admin/gamification/replay', { dryRun }),
    onSuccess: (replay) => queryClient.setQueryData(queryKeys.replay(replay.id), replay),
  })
}

/** Follows a replay every second until it finishes. */
export function useReplay(id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.replay(id ?? 'none'),
    queryFn: () => api.get<Replay>(`/admin/gamification/replay/${id}`),
    enabled: Boolean(id),
    refetchInterval: (query) => (replayRunning(query.state.data) ? 1000 : false),
  })
}
