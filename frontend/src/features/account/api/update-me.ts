import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from '@/lib/query-keys'
import type { Me } from './get-me'

export type UpdateMeInput = { displayName?: string; locale?: string }

export function updateMe(input: UpdateMeInput): Promise<Me> {
  return api.patch<Me>('/me', input)
}

export function useUpdateMe() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (me, input) => {
      queryClient.setQueryData(queryKeys.me, me)
      // food names follow the account's language: refetch them once the server has it
      if (input.locale !== undefined) return queryClient.invalidateQueries()
      return queryClient.invalidateQueries({ queryKey: queryKeys.me })
    },
  })
}
