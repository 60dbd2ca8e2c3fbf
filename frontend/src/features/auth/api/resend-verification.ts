import { useMutation } from '@tanstack/react-query'
import { api } from '@/lib/api-client'

export function resendVerification(): Promise<void> {
  return api.post('/auth/verify-email/resend')
}

export function useResendVerification() {
  return useMutation({ mutationFn: resendVerification })
}
