import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from './query-keys'
import type { Food } from './search-foods'

export type CustomFoodInput = {
  nameEs: string | null
  nameEn: string | null
  foodGroup: string | null
  per100g: {
    kcal: number
    proteinG: number
    fatG: number
    carbsG: number
    fiberG: number | null
    sugarsG: number | null
    sodiumMg: number | null
  }
  portions: { label: string; grams: number }[]
}

export function getCustomFoods(): Promise<Food[]> {
  return api.get<Food[]>('/foods/custom')
}

export function customFoodsQueryOptions() {
  return queryOptions({ queryKey: queryKeys.customFoods, queryFn: getCustomFoods })
}

export function useCustomFoods() {
  return useQuery(customFoodsQueryOptions())
}

export function saveCustomFood({ id, input }: { id?: string; input: CustomFoodInput }): Promise<Food> {
  return id ? api.put<Food>(`/foods/custom/${id}`, input) : api.post<Food>('/foods/custom', input)
}

export function useSaveCustomFood() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: saveCustomFood,
    // Search results include the member's own foods.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.foodsAll }),
  })
}

export function deleteCustomFood(id: string): Promise<void> {
  return api.delete(`/foods/custom/${id}`)
}

export function useDeleteCustomFood() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteCustomFood,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.foodsAll }),
  })
}
