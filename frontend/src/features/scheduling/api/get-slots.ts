import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from './query-keys'

/** An open slot; times are ISO-8601 with the clinician's offset. */
export type OpenSlot = { doctorId: string; startsAt: string; endsAt: string }

/** Open slots on the clinician's calendar dates [from, to). */
export function getSlots(doctorId: string, from: string, to: string): Promise<OpenSlot[]> {
  return api.get<OpenSlot[]>('/doctors/available-slots', { params: { doctorId, from, to } })
}

export function slotsQueryOptions(doctorId: string, from: string, to: string) {
  return queryOptions({
    queryKey: queryKeys.slots(doctorId, from, to),
    queryFn: () => getSlots(doctorId, from, to),
    // Others book too: keep slot lists fresh.
    staleTime: 15_000,
  })
}

export function useSlots(doctorId: string, from: string, to: string) {
  return useQuery(slotsQueryOptions(doctorId, from, to))
}
