import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, type Download } from '@/lib/api-client'
import { queryKeys as sharedKeys } from '@/lib/query-keys'
import { queryKeys } from './query-keys'

export type Money = { amount: string; currency: string }

export type Plan = {
  id: string
  code: string
  name: string
  description: string
  price: Money
  period: string
  trialDays: number
  features: string[]
}

export type SubscriptionStatus = 'NONE' | 'TRIALING' | 'ACTIVE' | 'PAST_DUE' | 'CANCELLED' | 'EXPIRED'

export type Subscription = {
  status: SubscriptionStatus
  plan: { id: string; code: string; name: string; features: string[] } | null
  price: Money | null
  currentPeriodStart: string | null
  currentPeriodEnd: string | null
  cancelAtPeriodEnd: boolean
  trialEnd: string | null
  nextRetryAt: string | null
  pendingChange: { planId: string; amount: string; from: string } | null
}

export type Payment = {
  id: string
  amount: string
  currency: string
  status: 'SUCCEEDED' | 'FAILED' | 'REFUNDED'
  kind: string
  paidAt: string
  externalId: string
  invoiceNumber: string | null
  refundedAmount: string
}

export type SandboxSession = {
  id: string
  planName: string
  amount: string
  currency: string
  period: string
  trialDays: number
  status: string
  successUrl: string
  cancelUrl: string
  testCards: { number: string; outcome: string }[]
}

export const plansQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.plans, queryFn: () => api.get<Plan[]>('/plans', { auth: false }) })

export const usePlans = () => useQuery(plansQueryOptions())

export const subscriptionQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.subscription, queryFn: () => api.get<Subscription>('/me/subscription') })

export const useSubscription = () => useQuery(subscriptionQueryOptions())

export const usePayments = () => useQuery({ queryKey: queryKeys.payments, queryFn: () => api.get<Payment[]>('/me/payments') })

export function useCheckout() {
  return useMutation({
    mutationFn: (planId: string) =>
      api.post<{ sessionId: string; checkoutUrl: string }>(
        '/me/subscription/checkout',
        { planId },
        { headers: { 'Idempotency-Key': crypto.randomUUID() } },
      ),
  })
}

function useSubscriptionAction(path: 'cancel' | 'resume' | 'change') {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (planId?: string) =>
      api.post<Subscription>(`/me/subscription/${path}`, planId ? { planId } : {}, {
        headers: { 'Idempotency-Key': crypto.randomUUID() },
      }),
    onSuccess: (subscription) => {
      queryClient.setQueryData(queryKeys.subscription, subscription)
      void queryClient.invalidateQueries({ queryKey: queryKeys.payments })
      void queryClient.invalidateQueries({ queryKey: sharedKeys.entitlements })
    },
  })
}

export const useCancel = () => useSubscriptionAction('cancel')
export const useResume = () => useSubscriptionAction('resume')
export const useChangePlan = () => useSubscriptionAction('change')

export const downloadReceipt = (paymentId: string): Promise<Download> => api.download(`/me/payments/${paymentId}/receipt`)

export const useSandboxSession = (sessionId: string) =>
  useQuery({
    queryKey: queryKeys.sandboxSession(sessionId),
    queryFn: () => api.get<SandboxSession>(`/billing/sandbox/sessions/${sessionId}`, { auth: false }),
  })

export type Card = { cardNumber: string; expMonth: number; expYear: number; cvc: string }

export function usePaySandbox(sessionId: string) {
  return useMutation({
    mutationFn: (card: Card) => api.post<SandboxSession>(`/billing/sandbox/sessions/${sessionId}/pay`, card, { auth: false }),
  })
}
