import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'

export type WeeklySummary = { week: string; text: string; source: 'AI' | 'CACHED' | 'LOCAL'; generatedAt: string }

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
