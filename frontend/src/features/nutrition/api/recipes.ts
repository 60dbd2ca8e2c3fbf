import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from './query-keys'
import type { Nutrients, Portion } from './search-foods'

export type RecipeInput = {
  nameEs: string | null
  nameEn: string | null
  servings: number
  ingredients: { foodId: string; grams: number }[]
}

export type Recipe = {
  id: string
  name: string
  nameEs: string | null
  nameEn: string | null
  servings: number
  totalGrams: number
  ingredients: { foodId: string; name: string; grams: number }[]
  perServing: Nutrients
  per100g: Nutrients
  portions: Portion[]
}

export function getRecipes(): Promise<Recipe[]> {
  return api.get<Recipe[]>('/recipes')
}

export function recipesQueryOptions() {
  return queryOptions({ queryKey: queryKeys.recipes, queryFn: getRecipes })
}

export function useRecipes() {
  return useQuery(recipesQueryOptions())
}

export function getRecipe(id: string): Promise<Recipe> {
  return api.get<Recipe>(`/recipes/${id}`)
}

export function recipeQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.recipe(id), queryFn: () => getRecipe(id) })
}

export function useRecipe(id: string) {
  return useQuery(recipeQueryOptions(id))
}

export function saveRecipe({ id, input }: { id?: string; input: RecipeInput }): Promise<Recipe> {
  return id ? api.put<Recipe>(`/recipes/${id}`, input) : api.post<Recipe>('/recipes', input)
}

export function useSaveRecipe() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: saveRecipe,
    // Recipes are searchable foods too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.foodsAll }),
  })
}

export function deleteRecipe(id: string): Promise<void> {
  return api.delete(`/recipes/${id}`)
}

export function useDeleteRecipe() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteRecipe,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.foodsAll }),
  })
}
