import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from './query-keys'
import type { PageOf } from './types'

export const appointmentStatuses = ['BOOKED', 'CANCELLED', 'COMPLETED', 'NO_SHOW'] as const
export type AppointmentStatus = (typeof appointmentStatuses)[number]

export type Appointment = {
  id: string
  doctorId: string
  doctorName: string
  patientId: string
  patientName: string | null
  startsAt: string
  endsAt: string
  status: AppointmentStatus
  reason: string | null
}

/** from/to are ISO instants; members see their own, clinicians their agenda, admins everything. */
export type AppointmentQuery = { from?: string; to?: string; status?: AppointmentStatus; doctorId?: string; page: number; size: number }

export function getAppointments(query: AppointmentQuery): Promise<PageOf<Appointment>> {
  return api.get<PageOf<Appointment>>('/appointments', { params: { ...query } })
}

export function appointmentsQueryOptions(query: AppointmentQuery) {
  return queryOptions({
    queryKey: queryKeys.appointments(query),
    queryFn: () => getAppointments(query),
    placeholderData: keepPreviousData,
  })
}

export function useAppointments(query: AppointmentQuery) {
  return useQuery(appointmentsQueryOptions(query))
}
