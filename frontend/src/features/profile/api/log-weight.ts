import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { WeightEntry } from './get-weights'
import { queryKeys } from './query-keys'

/** Records today's weight: it becomes the profile's weight, so the targets follow. */
export function logWeight(weightKg: number): Promise<WeightEntry> {
  return api.post<WeightEntry>('/me/weights', { weightKg })
}

export function useLogWeight() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: logWeight,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.weights }),
        queryClient.invalidateQueries({ queryKey: queryKeys.profile }),
        queryClient.invalidateQueries({ queryKey: queryKeys.targets }),
      ]),
  })
}
