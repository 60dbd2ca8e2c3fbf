import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from './query-keys'

export const channels = ['IN_APP', 'EMAIL', 'PUSH'] as const
export type Channel = (typeof channels)[number]

export const kinds = ['WELCOME', 'BADGE_UNLOCKED', 'FOOD_NUDGE', 'SUBSCRIPTION_RENEWING'] as const
export type Kind = (typeof kinds)[number]

export type Preference = { kind: Kind; channel: Channel; enabled: boolean; locked: boolean }

export function usePreferences() {
  return useQuery({
    queryKey: queryKeys.notificationPreferences,
    queryFn: () => api.get<Preference[]>('/me/notification-preferences'),
  })
}

export function useSetPreference() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (change: Omit<Preference, 'locked'>) => api.put<Preference[]>('/me/notification-preferences', [change]),
    onSuccess: (all) => queryClient.setQueryData(queryKeys.notificationPreferences, all),
  })
}

export function unsubscribe(token: string) {
  return api.post<{ kind: Kind }>(`/notifications/unsubscribe/${encodeURIComponent(token)}`, undefined, { auth: false })
}
