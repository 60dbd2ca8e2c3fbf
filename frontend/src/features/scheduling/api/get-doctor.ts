import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from './query-keys'

export type Doctor = {
  id: string
  displayName: string
  specialties: string[]
  languages: string[]
  bio: string | null
  photoUrl: string | null
  timezone: string
  slotMinutes: number
}

export function getDoctor(id: string): Promise<Doctor> {
  return api.get<Doctor>(`/doctors/${id}`)
}

export function doctorQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.doctor(id), queryFn: () => getDoctor(id) })
}

export function useDoctor(id: string) {
  return useQuery(doctorQueryOptions(id))
}
