import type { ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import { Pencil, Trash2 } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { withDetail } from '@/components/ui/export-view-button'
import { formatNumber } from '@/lib/format'
import type { Recipe } from '../api/recipes'

type Actions = { onEdit: (recipe: Recipe) => void; onDelete: (recipe: Recipe) => void; deletingId: string | undefined }

const ingredients = (recipe: Recipe) => recipe.ingredients.map((ingredient) => ingredient.name).join(', ')
const kcalPerServing = (recipe: Recipe) => (recipe.perServing.kcal == null ? '—' : `${formatNumber(recipe.perServing.kcal)} kcal`)
const servings = (t: TFunction, recipe: Recipe) => t('nutrition.recipes.servings', { count: recipe.servings })

export function recipeColumns(t: TFunction, { onEdit, onDelete, deletingId }: Actions): ColumnDef<Recipe, unknown>[] {
  return [
    {
      accessorKey: 'name',
      meta: { exportValue: (recipe) => withDetail(recipe.name, ingredients(recipe)) },
      header: () => t('nutrition.custom.name'),
      cell: ({ row }) => (
        <span className="grid">
          <span className="font-medium text-ink">{row.original.name}</span>
          <span className="text-xs text-muted">{ingredients(row.original)}</span>
        </span>
      ),
    },
    {
      id: 'serving',
      meta: { className: 'w-36 text-right', exportValue: (recipe) => withDetail(kcalPerServing(recipe), servings(t, recipe)) },
      header: () => t('nutrition.recipes.perServing'),
      cell: ({ row }) => (
        <span className="tabular-nums">
          {kcalPerServing(row.original)}
          <span className="block text-xs text-muted">{servings(t, row.original)}</span>
        </span>
      ),
    },
    {
      id: 'actions',
      meta: { className: 'w-28 text-right' },
      header: () => <span className="sr-only">{t('nutrition.custom.actions')}</span>,
      cell: ({ row }) => (
        <span className="flex justify-end gap-1">
          <Button
            size="icon"
            variant="ghost"
            aria-label={t('nutrition.custom.edit', { food: row.original.name })}
            onClick={() => onEdit(row.original)}
          >
            <Pencil aria-hidden="true" />
          </Button>
          <Button
            size="icon"
            variant="ghost"
            pending={deletingId === row.original.id}
            aria-label={t('nutrition.custom.delete', { food: row.original.name })}
            onClick={() => onDelete(row.original)}
          >
            {deletingId !== row.original.id && <Trash2 aria-hidden="true" />}
          </Button>
        </span>
      ),
    },
  ]
}
