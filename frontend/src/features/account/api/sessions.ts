import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'

/** A place the account is signed in; `device` is the User-Agent that signed in, when it sent one. */
export type SignedIn = {
  id: string
  browser: string | null
  os: string | null
  device: string | null
  signedInAt: string
  lastActiveAt: string
  current: boolean
}

/** Under the account's key: whatever refreshes the account refreshes this too. */
const sessionsKey = ['me', 'sessions'] as const

export const useSessions = () => useQuery({ queryKey: sessionsKey, queryFn: () => api.get<SignedIn[]>('/me/sessions') })

/** Signs out another device (this one signs out from the header). */
export function useSignOutSession() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (session: SignedIn) => api.delete(`/me/sessions/${session.id}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: sessionsKey }),
  })
}

export function useSignOutOthers() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => api.post<{ signedOut: number }>('/me/sessions/sign-out-others'),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: sessionsKey }),
  })
}
