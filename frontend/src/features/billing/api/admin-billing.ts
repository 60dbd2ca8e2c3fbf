import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { Money, SubscriptionStatus } from './billing'
import { queryKeys } from './query-keys'

export type AdminPlan = {
  id: string
  code: string
  name: string
  description: string
  /** What members reading English see instead of `name` and `description`; null: the plan's own. */
  nameEn: string | null
  descriptionEn: string | null
  price: Money
  period: string
  trialDays: number
  features: string[]
  archived: boolean
  versions: { id: string; version: number; amount: string; currency: string; createdAt: string }[]
}

export type MemberRow = {
  id: string
  email: string
  displayName: string
  registeredAt: string
  status: SubscriptionStatus
  planName: string | null
  currentPeriodEnd: string | null
}

export type PaymentRow = {
  id: string
  /** null once the member deleted their account (the payment stays for the accounts) */
  email: string | null
  displayName: string | null
  planCode: string
  amount: string
  currency: string
  status: 'SUCCEEDED' | 'FAILED' | 'REFUNDED'
  kind: string
  refundedAmount: string
  invoiceNumber: string | null
  createdAt: string
}

type Page<T> = { content: T[]; page: number; size: number; totalElements: number }

export type SubscriptionRow = {
  id: string
  memberId: string
  /** null once the member deleted their account (the subscription stays for the accounts) */
  email: string | null
  displayName: string | null
  status: SubscriptionStatus
  planName: string
  amount: string
  currency: string
  startedAt: string
  currentPeriodEnd: string
  cancelAtPeriodEnd: boolean
  failedAttempts: number
  nextRetryAt: string | null
}

export type SubscriptionsQuery = { q?: string; status?: SubscriptionStatus; page: number; size: number }

export const useAdminSubscriptions = (query: SubscriptionsQuery) =>
  useQuery({
    queryKey: queryKeys.adminSubscriptions(query),
    queryFn: () => api.get<Page<SubscriptionRow>>('/admin/subscriptions', { params: query }),
    placeholderData: keepPreviousData,
  })

export type MembersQuery = { q?: string; status?: SubscriptionStatus; page: number; size: number; sort: string }
export type PaymentsQuery = { q?: string; status?: string; from?: string; to?: string; page: number; size: number }

export const useAdminPlans = () => useQuery({ queryKey: queryKeys.adminPlans, queryFn: () => api.get<AdminPlan[]>('/admin/plans') })

export type PlanInput = {
  code?: string
  name?: string
  description?: string
  /** An empty text removes the English one. */
  nameEn?: string
  descriptionEn?: string
  price?: Money
  period?: string
  trialDays?: number
  features?: string[]
  archived?: boolean
  moveSubscribers?: boolean
}

export function useSavePlan() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: PlanInput }) =>
      id ? api.patch(`/admin/plans/${id}`, input) : api.post('/admin/plans', input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.adminPlans })
      void queryClient.invalidateQueries({ queryKey: queryKeys.plans })
    },
  })
}

export const useAdminMembers = (query: MembersQuery) =>
  useQuery({
    queryKey: queryKeys.adminMembers(query),
    queryFn: () => api.get<Page<MemberRow>>('/admin/members', { params: query }),
    placeholderData: keepPreviousData,
  })

export type PaymentTotals = {
  currency: string
  succeeded: number
  failed: number
  refunded: number
  collected: string
  refundedAmount: string
  net: string
}

export const useAdminPayments = (query: PaymentsQuery) =>
  useQuery({
    queryKey: queryKeys.adminPayments(query),
    queryFn: () => api.get<Page<PaymentRow> & { totals: PaymentTotals[] }>('/admin/payments', { params: query }),
    placeholderData: keepPreviousData,
  })

export function useRefund() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, amount }: { id: string; amount?: string }) =>
      api.post(`/admin/payments/${id}/refund`, amount ? { amount } : {}, { headers: { 'Idempotency-Key': crypto.randomUUID() } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.adminPaymentsAll }),
  })
}
