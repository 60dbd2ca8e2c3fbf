import { useMutation } from '@tanstack/react-query'
import { api } from '@/lib/api-client'

export function requestPasswordReset(email: string): Promise<void> {
  return api.post('/auth/password-reset', { email }, { auth: false })
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset })
}

export type ConfirmPasswordResetInput = { token: string; newPassword: string }

export function confirmPasswordReset(input: ConfirmPasswordResetInput): Promise<void> {
  return api.post('/auth/password-reset/confirm', input, { auth: false })
}

export function useConfirmPasswordReset() {
  return useMutation({ mutationFn: confirmPasswordReset })
}
