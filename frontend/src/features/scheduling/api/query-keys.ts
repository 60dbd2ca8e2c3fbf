/** Query keys of clinicians, availability, slots, appointments and patients; mutations invalidate the families (`...All`) they change. */
export const queryKeys = {
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
