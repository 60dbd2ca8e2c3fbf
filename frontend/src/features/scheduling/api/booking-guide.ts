import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { OpenSlot } from './get-slots'

/** The clinician's first free slot up to their booking horizon; null when none is left. */
export function getFirstOpenSlot(doctorId: string): Promise<{ slot: OpenSlot | null }> {
  return api.get<{ slot: OpenSlot | null }>(`/doctors/${doctorId}/first-open-slot`)
}

export function useFirstOpenSlot(doctorId: string, enabled: boolean) {
  return useQuery({ queryKey: ['slots', doctorId, 'first'], queryFn: () => getFirstOpenSlot(doctorId), enabled, staleTime: 15_000 })
}

/** Dates of [from, to) on the clinician's calendar on which they see patients (the only days with a waitlist). */
export function getWorkingDays(doctorId: string, from: string, to: string): Promise<string[]> {
  return api.get<string[]>(`/doctors/${doctorId}/working-days`, { params: { from, to } })
}

export function useWorkingDays(doctorId: string, from: string, to: string, enabled: boolean) {
  return useQuery({
    queryKey: ['slots', doctorId, 'working-days', { from, to }],
    queryFn: () => getWorkingDays(doctorId, from, to),
    enabled,
  })
}

/** Members cannot cancel or move an appointment closer than this to its start. */
export type BookingPolicy = { cancellationWindow: string; cancellationWindowMinutes: number }

export function policyQueryOptions() {
  return queryOptions({
    queryKey: ['appointments', 'policy'],
    queryFn: () => api.get<BookingPolicy>('/appointments/policy'),
    staleTime: Infinity,
  })
}

export function useBookingPolicy() {
  return useQuery(policyQueryOptions())
}

/** Whether a member may still cancel or move an appointment starting then. */
export function changeableAt(startsAt: string, policy: BookingPolicy | undefined, now: Date = new Date()): boolean {
  if (!policy) return false
  return new Date(startsAt).getTime() - policy.cancellationWindowMinutes * 60_000 > now.getTime()
}
