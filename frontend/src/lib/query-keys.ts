/** Query keys shared across features, so a mutation in one can invalidate another's data. */
export const queryKeys = {
  me: ['me'] as const,
  profile: ['me', 'profile'] as const,
  weights: ['me', 'weights'] as const,
  targets: ['me', 'targets'] as const,
  outbox: (page: number, size: number) => ['admin', 'outbox', { page, size }] as const,
  outboxAll: ['admin', 'outbox'] as const,
}
