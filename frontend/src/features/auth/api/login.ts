import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { authSession, type TokenResponse } from '@/lib/auth-session'

export type LoginInput = { email: string; password: string }

export function login(input: LoginInput): Promise<TokenResponse> {
  return api.post<TokenResponse>('/auth/login', input, { auth: false })
}

export function useLogin() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: login,
    onSuccess: (tokens) => {
      // Only the access token is kept, in memory; the refresh token travels as an HttpOnly cookie.
      queryClient.clear()
      authSession.signIn(tokens)
    },
  })
}
