import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from '@/lib/query-keys'
import type { Food } from './search-foods'

export type RecipeInput = { name: string; servings: number; ingredients: { foodId: string; grams: number }[] }

export function createRecipe(input: RecipeInput): Promise<Food> {
  return api.post<Food>('/recipes', input)
}

export function useCreateRecipe() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createRecipe,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.foodsAll }),
  })
}
