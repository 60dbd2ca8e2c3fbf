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
    onSuccess: (me) => {
      queryClient.setQueryData(queryKeys.me, me)
      return queryClient.invalidateQueries({ queryKey: queryKeys.me })
    },
  })
}
