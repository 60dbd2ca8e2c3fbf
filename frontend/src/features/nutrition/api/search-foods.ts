import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from './query-keys'

/** Amounts per 100 g; null means the source did not measure it (never shown as zero). */
export type Nutrients = {
  kcal: number | null
  proteinG: number | null
  fatG: number | null
  carbsG: number | null
  fiberG: number | null
  sugarsG: number | null
  sodiumMg: number | null
}

export type FoodSource = 'SR28' | 'FDC' | 'STARTER' | 'CUSTOM' | 'RECIPE'

export type Portion = { label: string; grams: number }

export type Food = {
  id: string
  name: string
  nameEs: string | null
  nameEn: string | null
  source: FoodSource
  foodGroup: string | null
  per100g: Nutrients
  portions: Portion[]
  servings: number | null
}

export type FoodPage = {
  content: Food[]
  page: number
  size: number
  totalElements: number
  /** Whether the remote catalogue was asked: USED, UNAVAILABLE, DISABLED or null. */
  remote: 'USED' | 'UNAVAILABLE' | 'DISABLED' | null
}

export type FoodQuery = { q: string; page?: number; size?: number }

export function searchFoods({ q, page = 0, size = 10 }: FoodQuery, signal?: AbortSignal): Promise<FoodPage> {
  return api.get<FoodPage>('/foods', { params: { q, page, size }, signal })
}

export function foodSearchQueryOptions(query: FoodQuery) {
  const { q, page = 0, size = 10 } = query
  return queryOptions({
    queryKey: queryKeys.foodSearch(q, page, size),
    queryFn: ({ signal }) => searchFoods({ q, page, size }, signal),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  })
}

export function useFoodSearch(query: FoodQuery, options: { enabled?: boolean } = {}) {
  return useQuery({ ...foodSearchQueryOptions(query), ...options })
}
