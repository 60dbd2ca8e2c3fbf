import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'

export type Invitation = { id: string; email: string; createdAt: string; registered: boolean; accepted: boolean }

const invitationsKey = ['me', 'invitations'] as const

export function useInvitations() {
  return useQuery({ queryKey: invitationsKey, queryFn: () => api.get<Invitation[]>('/me/invitations') })
}

export function useInvite() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (email: string) => api.post<Invitation>('/me/invitations', { email }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey }),
  })
}
