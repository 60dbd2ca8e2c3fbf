/** Query keys of the food catalog, own foods, recipes and the diary; mutations invalidate the families (`...All`) they change. */
export const queryKeys = {
  foodSearch: (q: string, page: number, size: number) => ['foods', 'search', { q, page, size }] as const,
  customFoods: ['foods', 'custom'] as const,
  food: (id: string) => ['foods', 'one', id] as const,
  recipes: ['foods', 'recipes'] as const,
  recipe: (id: string) => ['foods', 'recipes', id] as const,
  foodsAll: ['foods'] as const,
  diaryAll: ['diary'] as const,
  diaryDay: (date: string) => ['diary', 'day', date] as const,
  diarySummary: (from: string, to: string) => ['diary', 'summary', { from, to }] as const,
  recentFoods: ['diary', 'recent-foods'] as const,
  frequentFoods: ['diary', 'frequent-foods'] as const,
}
