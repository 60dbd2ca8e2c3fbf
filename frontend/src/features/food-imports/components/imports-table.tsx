import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '@/components/ui/data-table'
import { QueryState } from '@/components/ui/query-state'
import { type FoodImportQuery, useFoodImports } from '../api/food-imports'
import { importColumns } from './import-columns'

type ImportsTableProps = FoodImportQuery & { onQueryChange: (query: FoodImportQuery) => void }

export function ImportsTable({ page, size, onQueryChange }: ImportsTableProps) {
  const { t } = useTranslation()
  const imports = useFoodImports({ page, size })
  const columns = useMemo(() => importColumns(t), [t])

  if (imports.isPending || imports.isError) return <QueryState query={imports} />

  return (
    <DataTable
      exportFileName="food-imports-view"
      caption={t('foodImports.historyTitle')}
      columns={columns}
      data={imports.data.content}
      getRowId={(job) => job.id}
      empty={t('foodImports.empty')}
      pagination={{
        state: { pageIndex: page, pageSize: size },
        totalRows: imports.data.totalElements,
        onChange: (next) => onQueryChange({ page: next.pageIndex, size: next.pageSize }),
      }}
    />
  )
}
