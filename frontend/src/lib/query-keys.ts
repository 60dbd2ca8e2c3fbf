/** Query keys shared across features, so a mutation in one can invalidate another's data. */
export const queryKeys = {
  me: ['me'] as const,
  profile: ['me', 'profile'] as const,
  weights: ['me', 'weights'] as const,
  targets: ['me', 'targets'] as const,
  outbox: (page: number, size: number) => ['admin', 'outbox', { page, size }] as const,
  outboxAll: ['admin', 'outbox'] as const,

  foodSearch: (q: string, page: number, size: number) => ['foods', 'search', { q, page, size }] as const,
  customFoods: ['foods', 'custom'] as const,
  foodsAll: ['foods'] as const,
  diaryAll: ['diary'] as const,
  diaryDay: (date: string) => ['diary', 'day', date] as const,
  diarySummary: (from: string, to: string) => ['diary', 'summary', { from, to }] as const,
  recentFoods: ['diary', 'recent-foods'] as const,
  frequentFoods: ['diary', 'frequent-foods'] as const,

  doctors: (query: { specialty?: string; q?: string; page: number; size: number }) => ['doctors', 'list', query] as const,
  doctorsAll: ['doctors'] as const,
  doctor: (id: string) => ['doctors', 'one', id] as const,
  availability: (doctorId: string) => ['doctors', 'availability', doctorId] as const,
  slots: (doctorId: string, from: string, to: string) => ['slots', doctorId, { from, to }] as const,
  slotsAll: ['slots'] as const,
  appointments: (query: object) => ['appointments', query] as const,
  appointmentsAll: ['appointments'] as const,
  patients: (q: string, page: number, size: number) => ['patients', { q, page, size }] as const,
}
