import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { Targets } from './get-targets'
import { queryKeys } from './query-keys'

export type CustomTargetsInput = { calories: number; proteinG: number; fatG: number; carbsG: number }

export function setCustomTargets(input: CustomTargetsInput): Promise<Targets> {
  return api.put<Targets>('/me/targets', input)
}

export function useSetCustomTargets() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: setCustomTargets,
    onSuccess: (targets) => {
      queryClient.setQueryData(queryKeys.targets, targets)
      return queryClient.invalidateQueries({ queryKey: queryKeys.targets })
    },
  })
}

export function resetTargets(): Promise<void> {
  return api.delete('/me/targets')
}

export function useResetTargets() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: resetTargets,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.targets }),
  })
}
