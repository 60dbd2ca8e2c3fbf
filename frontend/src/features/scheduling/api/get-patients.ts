import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from './query-keys'
import type { PageOf } from './types'

export type Patient = { id: string; displayName: string; email: string }

export type PatientQuery = { q: string; page: number; size: number }

export function getPatients({ q, page, size }: PatientQuery): Promise<PageOf<Patient>> {
  return api.get<PageOf<Patient>>('/patients', { params: { q: q || undefined, page, size } })
}

export function patientsQueryOptions(query: PatientQuery) {
  return queryOptions({
    queryKey: queryKeys.patients(query.q, query.page, query.size),
    queryFn: () => getPatients(query),
    placeholderData: keepPreviousData,
  })
}

export function usePatients(query: PatientQuery) {
  return useQuery(patientsQueryOptions(query))
}
