import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from './query-keys'

export type WeightEntry = { recordedOn: string; weightKg: number }

export function getWeights(): Promise<WeightEntry[]> {
  return api.get<WeightEntry[]>('/me/weights')
}

export function weightsQueryOptions() {
  return queryOptions({ queryKey: queryKeys.weights, queryFn: getWeights })
}

export function useWeights() {
  return useQuery(weightsQueryOptions())
}
