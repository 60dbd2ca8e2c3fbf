import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { DataTable } from '@/components/ui/data-table'
import { Spinner } from '@/components/ui/spinner'
import { errorMessage } from '@/lib/form-errors'
import { useDeleteRecipe, useRecipes, type Recipe } from '../api/recipes'
import { recipeColumns } from './recipe-columns'

export function RecipeList({ onEdit }: { onEdit: (recipe: Recipe) => void }) {
  const { t } = useTranslation()
  const recipes = useRecipes()
  const remove = useDeleteRecipe()
  const columns = useMemo(
    () => recipeColumns(t, { onEdit, onDelete: (recipe) => remove.mutate(recipe.id), deletingId: remove.isPending ? remove.variables : undefined }),
    [t, onEdit, remove],
  )
  if (recipes.isPending)
    return (
      <p className="flex items-center gap-2 text-sm text-muted">
        <Spinner /> {t('common.loading')}
      </p>
    )
  if (recipes.isError) return <Alert tone="danger">{errorMessage(recipes.error, t)}</Alert>
  return (
    <div className="grid grid-cols-1 gap-3">
      {remove.isError && <Alert tone="danger">{errorMessage(remove.error, t)}</Alert>}
      <DataTable caption={t('nutrition.recipes.title')} columns={columns} data={recipes.data} getRowId={(recipe) => recipe.id} empty={t('nutrition.recipes.empty')} />
    </div>
  )
}
