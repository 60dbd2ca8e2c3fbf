import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from '@/lib/query-keys'

export type Role = 'MEMBER' | 'CLINICIAN' | 'ADMIN'

export type Me = {
  id: string
  email: string
  displayName: string
  roles: Role[]
  emailVerified: boolean
  locale: string | null
}

export function getMe(): Promise<Me> {
  return api.get<Me>('/me')
}

export function meQueryOptions() {
  return queryOptions({ queryKey: queryKeys.me, queryFn: getMe })
}

export function useMe(options: { enabled?: boolean } = {}) {
  return useQuery({ ...meQueryOptions(), ...options })
}
