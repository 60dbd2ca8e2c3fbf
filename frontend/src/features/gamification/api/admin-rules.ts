import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { Text } from './progress'
import { queryKeys } from './query-keys'

export const triggers = [
  'LOGGED_IN',
  'PROFILE_COMPLETED',
  'FOOD_LOGGED',
  'APPOINTMENT_COMPLETED',
  'REFERRAL_ACCEPTED',
  'SUBSCRIPTION_ACTIVATED',
] as const
export const conditionKinds = ['FIRST_TIME', 'EACH', 'COUNT', 'STREAK'] as const

export type Condition = {
  kind: (typeof conditionKinds)[number]
  n: number | null
  withinDays: number | null
  days: number | null
}

export type Rule = {
  code: string
  name: Text
  trigger: (typeof triggers)[number]
  condition: Condition
  points: number
  badgeCode: string | null
  active: boolean
  validFrom: string | null
  validTo: string | null
}

export type Badge = { code: string; name: Text; description: Text; icon: string }

export function rulesQueryOptions() {
  return queryOptions({ queryKey: queryKeys.gamificationRules, queryFn: () => api.get<Rule[]>('/admin/gamification/rules') })
}

export function useRules() {
  return useQuery(rulesQueryOptions())
}

export function useBadges() {
  return useQuery({ queryKey: queryKeys.gamificationBadges, queryFn: () => api.get<Badge[]>('/admin/gamification/badges') })
}

/** Creates the rule, or replaces the one with the same code when {@code existing}. */
export function useSaveRule() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ rule, existing }: { rule: Rule; existing: boolean }) =>
      existing
        ? api.put<Rule>(`/admin/gamification/rules/${encodeURIComponent(rule.code)}`, rule)
        : api.post<Rule>('/admin/gamification/rules', rule),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.gamificationRules }),
  })
}

export function useDeleteRule() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (code: string) => api.delete(`/admin/gamification/rules/${encodeURIComponent(code)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.gamificationRules }),
  })
}

export function useSaveBadge() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ badge, existing }: { badge: Badge; existing: boolean }) =>
      existing
        ? api.put<Badge>(`/admin/gamification/badges/${encodeURIComponent(badge.code)}`, badge)
        : api.post<Badge>('/admin/gamification/badges', badge),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.gamificationBadges }),
  })
}
