import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { authSession } from '@/lib/auth-session'
import { dropPushSubscription } from '@/lib/web-push'

export function logout(): Promise<void> {
  return api.post('/auth/logout')
}

export function useLogout() {
  const queryClient = useQueryClient()
  return useMutation({
    // This browser stops showing the member's push notifications once they sign out.
    mutationFn: () => dropPushSubscription().then(logout),
    // Forget the session locally even if the server could not be reached.
    onSettled: () => {
      authSession.signOut()
      queryClient.clear()
    },
  })
}
