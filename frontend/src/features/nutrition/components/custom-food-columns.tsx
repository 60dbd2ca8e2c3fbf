import type { ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import { Pencil, Trash2 } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { withDetail } from '@/components/ui/export-view-button'
import { formatNumber } from '@/lib/format'
import type { Food } from '../api/search-foods'

type Actions = { onEdit: (food: Food) => void; onDelete: (food: Food) => void; deletingId: string | undefined }

const grams = (value: number | null) => (value == null ? '—' : formatNumber(value, 1))
const macros = (food: Food) => `${grams(food.per100g.proteinG)} / ${grams(food.per100g.fatG)} / ${grams(food.per100g.carbsG)}`

export function customFoodColumns(t: TFunction, { onEdit, onDelete, deletingId }: Actions): ColumnDef<Food, unknown>[] {
  return [
    {
      accessorKey: 'name',
      meta: { exportValue: (food) => withDetail(food.name, food.foodGroup) },
      header: () => t('nutrition.custom.name'),
      cell: ({ row }) => (
        <span className="grid">
          <span className="font-medium text-ink">{row.original.name}</span>
          {row.original.foodGroup && <span className="text-xs text-muted">{row.original.foodGroup}</span>}
        </span>
      ),
    },
    {
      id: 'kcal',
      meta: { className: 'w-28 text-right', exportValue: (food) => grams(food.per100g.kcal) },
      header: () => t('nutrition.custom.kcalPer100'),
      cell: ({ row }) => <span className="tabular-nums">{grams(row.original.per100g.kcal)}</span>,
    },
    {
      id: 'macros',
      meta: { className: 'w-44', exportValue: macros },
      header: () => t('nutrition.custom.macros'),
      cell: ({ row }) => <span className="text-muted tabular-nums">{macros(row.original)}</span>,
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
