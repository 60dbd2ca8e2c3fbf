import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { authSession, type TokenResponse } from '@/lib/auth-session'
import { login } from './login'

export type RegisterInput = { email: string; password: string; displayName: string; locale?: string }

export type RegisteredAccount = {
  id: string
  email: string
  displayName: string
  roles: string[]
  emailVerified: boolean
}

/** The new account, and whether it is signed in (signing in may be refused, e.g. rate-limited). */
export type Registration = { account: RegisteredAccount; signedIn: boolean }

export function register(input: RegisterInput): Promise<RegisteredAccount> {
  return api.post<RegisteredAccount>('/auth/register', input, { auth: false })
}

/** Creates the account, then signs the new member in with the same credentials. */
export function useRegister() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: RegisterInput): Promise<Registration & { tokens: TokenResponse | null }> => {
      const account = await register(input)
      const tokens = await login({ email: input.email, password: input.password }).catch(() => null)
      return { account, signedIn: tokens !== null, tokens }
    },
    onSuccess: ({ tokens }) => {
      if (!tokens) return
      queryClient.clear()
      authSession.signIn(tokens)
    },
  })
}
