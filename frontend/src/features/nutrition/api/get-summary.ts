import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { Intake } from './get-diary-day'
import { queryKeys } from './query-keys'

export type DayTotals = { date: string; entries: number; totals: Intake }

export type DiarySummary = {
  from: string
  to: string
  days: DayTotals[]
  daysLogged: number
  averages: Intake
  last7Days: { daysLogged: number; ofDays: number }
}

export function getSummary(from: string, to: string): Promise<DiarySummary> {
  return api.get<DiarySummary>('/diary/summary', { params: { from, to } })
}

export function summaryQueryOptions(from: string, to: string) {
  return queryOptions({
    queryKey: queryKeys.diarySummary(from, to),
    queryFn: () => getSummary(from, to),
    placeholderData: keepPreviousData,
  })
}

export function useSummary(from: string, to: string) {
  return useQuery(summaryQueryOptions(from, to))
}
