import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from './query-keys'
import type { Food } from './search-foods'

export function getFood(id: string): Promise<Food> {
  return api.get<Food>(`/foods/${id}`)
}

export function foodQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.food(id), queryFn: () => getFood(id), staleTime: 5 * 60_000 })
}

export function useFood(id: string) {
  return useQuery(foodQueryOptions(id))
}
