import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { Doctor } from './get-doctor'
import { queryKeys } from './query-keys'

export type NewDoctor = {
  email: string
  password?: string
  displayName: string
  specialties: string[]
  timezone: string
  slotMinutes: number
  locale?: string
}

export function createDoctor(input: NewDoctor): Promise<Doctor> {
  return api.post<Doctor>('/doctors', input)
}

export function useCreateDoctor() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createDoctor,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.doctorsAll }),
  })
}
