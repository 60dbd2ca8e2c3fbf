import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from './query-keys'
import type { PageOf } from './types'

export type ListedDoctor = {
  id: string
  displayName: string
  specialties: string[]
  photoUrl: string | null
  timezone: string
  slotMinutes: number
}

export type DoctorQuery = { specialty?: string; q?: string; page: number; size: number }

export function getDoctors({ specialty, q, page, size }: DoctorQuery): Promise<PageOf<ListedDoctor>> {
  return api.get<PageOf<ListedDoctor>>('/doctors', { params: { specialty: specialty || undefined, q: q || undefined, page, size } })
}

export function doctorsQueryOptions(query: DoctorQuery) {
  return queryOptions({
    queryKey: queryKeys.doctors(query),
    queryFn: () => getDoctors(query),
    placeholderData: keepPreviousData,
  })
}

export function useDoctors(query: DoctorQuery) {
  return useQuery(doctorsQueryOptions(query))
}
