import { useMutation } from '@tanstack/react-query'
import { api } from '@/lib/api-client'

export type RegisterInput = { email: string; password: string; displayName: string; locale?: string }

export type RegisteredAccount = {
  id: string
  email: string
  displayName: string
  roles: string[]
  emailVerified: boolean
}

export function register(input: RegisterInput): Promise<RegisteredAccount> {
  return api.post<RegisteredAccount>('/auth/register', input, { auth: false })
}

export function useRegister() {
  return useMutation({ mutationFn: register })
}
