import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from './query-keys'

export const weekDays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const
export type DayOfWeek = (typeof weekDays)[number]

export type WeeklyHours = { dayOfWeek: DayOfWeek; start: string; end: string }

/** OFF: not available (all day, or between the times); EXTRA: extra hours on that date. */
export type DateException = { date: string; type: 'OFF' | 'EXTRA'; start: string | null; end: string | null }

export type Availability = {
  timezone: string
  slotMinutes: number
  bufferMinutes: number
  minNoticeMinutes: number
  horizonDays: number
  weekly: WeeklyHours[]
  exceptions: DateException[]
}

export function getAvailability(doctorId: string): Promise<Availability> {
  return api.get<Availability>(`/doctors/${doctorId}/availability`)
}

export function availabilityQueryOptions(doctorId: string) {
  return queryOptions({ queryKey: queryKeys.availability(doctorId), queryFn: () => getAvailability(doctorId) })
}

export function useAvailability(doctorId: string) {
  return useQuery(availabilityQueryOptions(doctorId))
}

export function replaceAvailability({ doctorId, rules }: { doctorId: string; rules: Availability }): Promise<Availability> {
  return api.put<Availability>(`/doctors/${doctorId}/availability`, rules)
}

export function useReplaceAvailability() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: replaceAvailability,
    onSuccess: (rules, { doctorId }) => {
      queryClient.setQueryData(queryKeys.availability(doctorId), rules)
      // Slots and the directory (time zone, slot length) follow the rules.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.doctorsAll }),
        queryClient.invalidateQueries({ queryKey: queryKeys.slotsAll }),
      ])
    },
  })
}
