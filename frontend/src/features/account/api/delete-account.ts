import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { authSession } from '@/lib/auth-session'

export type DeleteAccountInput = { password: string }

export function deleteAccount(input: DeleteAccountInput): Promise<void> {
  return api.delete('/me', { body: input })
}

export function useDeleteAccount() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteAccount,
    // The account is gone, and with it every session.
    onSuccess: () => {
      authSession.signOut('account-deleted')
      queryClient.clear()
    },
  })
}
