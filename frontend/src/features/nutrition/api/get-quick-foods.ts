import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from './query-keys'
import type { Food } from './search-foods'

export type QuickFood = { food: Food; timesLogged: number }

export function getRecentFoods(): Promise<QuickFood[]> {
  return api.get<QuickFood[]>('/diary/recent-foods')
}

export function getFrequentFoods(): Promise<QuickFood[]> {
  return api.get<QuickFood[]>('/diary/frequent-foods')
}

export function recentFoodsQueryOptions() {
  return queryOptions({ queryKey: queryKeys.recentFoods, queryFn: getRecentFoods })
}

export function frequentFoodsQueryOptions() {
  return queryOptions({ queryKey: queryKeys.frequentFoods, queryFn: getFrequentFoods })
}

export function useRecentFoods() {
  return useQuery(recentFoodsQueryOptions())
}

export function useFrequentFoods() {
  return useQuery(frequentFoodsQueryOptions())
}
