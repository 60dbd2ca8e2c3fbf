/** Query keys of food imports and the remote catalog; mutations invalidate the families (`...All`) they change. */
export const queryKeys = {
  foodImports: (page: number, size: number) => ['admin', 'food-imports', { page, size }] as const,
  foodImportsAll: ['admin', 'food-imports'] as const,
  foodImport: (id: string) => ['admin', 'food-imports', 'one', id] as const,
  remoteFoods: ['admin', 'remote-foods'] as const,
}
