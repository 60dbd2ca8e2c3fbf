import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'

export type WeeklySummary = { week: string; text: string; source: 'AI' | 'CACHED' | 'LOCAL'; generatedAt: string }

export const insightKeys = {
  weekly: ['insights', 'weekly'] as const,
  settings: ['me', 'settings'] as const,
}

/** The plan feature the weekly summary needs. */
export const summaryFeature = 'AI_SUMMARY'

/** {@code enabled}: false while the member's plan is not known to include it (no request, no 403 logged). */
export function useWeeklySummary(enabled = true) {
  return useQuery({
    queryKey: insightKeys.weekly,
    queryFn: () => api.get<WeeklySummary>('/me/insights/weekly'),
    retry: false,
    enabled,
  })
}
