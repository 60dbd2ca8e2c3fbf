import { Plus } from 'lucide-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { DataTable } from '@/components/ui/data-table'
import { QueryError, QueryState } from '@/components/ui/query-state'
import { useCustomFoods, useDeleteCustomFood } from '../api/custom-foods'
import { customFoodColumns } from './custom-food-columns'
import { CustomFoodForm } from './custom-food-form'

type CustomFoodsWorkspaceProps = {
  /** "new", a food id, or nothing when no editor is open (kept in the URL). */
  editing: string | undefined
  onEditingChange: (editing: string | undefined) => void
}

export function CustomFoodsWorkspace({ editing, onEditingChange }: CustomFoodsWorkspaceProps) {
  const { t } = useTranslation()
  const foods = useCustomFoods()
  const remove = useDeleteCustomFood()
  const [saved, setSaved] = useState<string | null>(null)
  const columns = useMemo(
    () =>
      customFoodColumns(t, {
        onEdit: (food) => {
          setSaved(null)
          onEditingChange(food.id)
        },
        onDelete: (food) => {
          setSaved(null)
          remove.mutate(food.id, { onSuccess: () => editing === food.id && onEditingChange(undefined) })
        },
        deletingId: remove.isPending ? remove.variables : undefined,
      }),
    [t, remove, editing, onEditingChange],
  )

  const food = editing && editing !== 'new' ? foods.data?.find((item) => item.id === editing) : undefined

  return (
    <div className="grid grid-cols-1 gap-6">
      {editing && (editing === 'new' || food) && (
        <Card aria-labelledby="custom-editor-title" className="max-w-3xl">
          <CardHeader>
            <CardTitle id="custom-editor-title">
              {food ? t('nutrition.custom.editTitle', { food: food.name }) : t('nutrition.custom.newTitle')}
            </CardTitle>
            <CardDescription>{t('nutrition.custom.editorHint')}</CardDescription>
          </CardHeader>
          <CardContent>
            <CustomFoodForm
              key={editing}
              food={food ?? null}
              onCancel={() => onEditingChange(undefined)}
              onSaved={(result) => {
                setSaved(result.name)
                onEditingChange(undefined)
              }}
            />
          </CardContent>
        </Card>
      )}
      <div className="grid grid-cols-1 gap-3">
        <div className="flex justify-end">
          <Button onClick={() => onEditingChange('new')} disabled={editing === 'new'}>
            <Plus aria-hidden="true" />
            {t('nutrition.custom.new')}
          </Button>
        </div>
        {saved && <Alert tone="success">{t('nutrition.custom.saved', { food: saved })}</Alert>}
        {remove.isError && <QueryError error={remove.error} />}
        <QueryState query={foods} />
        {foods.data && (
          <DataTable
            exportFileName="custom-foods-view"
            caption={t('nutrition.custom.title')}
            columns={columns}
            data={foods.data}
            getRowId={(item) => item.id}
            empty={t('nutrition.custom.empty')}
          />
        )}
      </div>
      {editing && editing !== 'new' && foods.isSuccess && !food && <Alert tone="warning">{t('nutrition.custom.notFound')}</Alert>}
    </div>
  )
}
