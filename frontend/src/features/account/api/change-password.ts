import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { authSession } from '@/lib/auth-session'

export type ChangePasswordInput = { currentPassword: string; newPassword: string }

export function changePassword(input: ChangePasswordInput): Promise<void> {
  return api.post('/me/password', input)
}

export function useChangePassword() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: changePassword,
    // The server revokes every token, so this session is over.
    onSuccess: () => {
      authSession.signOut('password-changed')
      queryClient.clear()
    },
  })
}
