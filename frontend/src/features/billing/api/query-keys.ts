/** Query keys of plans, the member's subscription and payments, the sandbox checkout and the admin's billing lists. */
export const queryKeys = {
  plans: ['plans'] as const,
  subscription: ['me', 'subscription'] as const,
  payments: ['me', 'payments'] as const,
  sandboxSession: (id: string) => ['sandbox-session', id] as const,
  adminPlans: ['admin', 'plans'] as const,
  adminMembers: (query: object) => ['admin', 'members', query] as const,
  adminSubscriptions: (query: object) => ['admin', 'subscriptions', query] as const,
  adminPayments: (query: object) => ['admin', 'payments', query] as const,
  adminPaymentsAll: ['admin', 'payments'] as const,
}
