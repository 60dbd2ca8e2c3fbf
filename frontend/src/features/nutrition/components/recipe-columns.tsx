import type { ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import { Pencil, Trash2 } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { formatNumber } from '@/lib/format'
import type { Recipe } from '../api/recipes'

type Actions = { onEdit: (recipe: Recipe) => void; onDelete: (recipe: Recipe) => void; deletingId: string | undefined }

export function recipeColumns(t: TFunction, { onEdit, onDelete, deletingId }: Actions): ColumnDef<Recipe, unknown>[] {
  return [
    {
      accessorKey: 'name',
      header: () => t('nutrition.custom.name'),
      cell: ({ row }) => (
        <span className="grid">
          <span className="font-medium text-ink">{row.original.name}</span>
          <span className="text-xs text-muted">{row.original.ingredients.map((ingredient) => ingredient.name).join(', ')}</span>
        </span>
      ),
    },
    {
      id: 'serving',
      meta: { className: 'w-36 text-right' },
      header: () => t('nutrition.recipes.perServing'),
      cell: ({ row }) => (
        <span className="tabular-nums">
          {row.original.perServing.kcal == null ? '—' : `${formatNumber(row.original.perServing.kcal)} kcal`}
          <span className="block text-xs text-muted">{t('nutrition.recipes.servings', { count: row.original.servings })}</span>
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
