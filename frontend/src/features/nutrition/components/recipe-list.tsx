import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '@/components/ui/data-table'
import { QueryError, QueryState } from '@/components/ui/query-state'
import { type Recipe, useDeleteRecipe, useRecipes } from '../api/recipes'
import { recipeColumns } from './recipe-columns'

export function RecipeList({ onEdit }: { onEdit: (recipe: Recipe) => void }) {
  const { t } = useTranslation()
  const recipes = useRecipes()
  const remove = useDeleteRecipe()
  const columns = useMemo(
    () =>
      recipeColumns(t, {
        onEdit,
        onDelete: (recipe) => remove.mutate(recipe.id),
        deletingId: remove.isPending ? remove.variables : undefined,
      }),
    [t, onEdit, remove],
  )
  if (recipes.isPending || recipes.isError) return <QueryState query={recipes} />
  return (
    <div className="grid grid-cols-1 gap-3">
      {remove.isError && <QueryError error={remove.error} />}
      <DataTable
        exportFileName="recipes-view"
        caption={t('nutrition.recipes.title')}
        columns={columns}
        data={recipes.data}
        getRowId={(recipe) => recipe.id}
        empty={t('nutrition.recipes.empty')}
      />
    </div>
  )
}
