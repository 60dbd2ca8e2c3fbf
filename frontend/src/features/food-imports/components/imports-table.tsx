import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { DataTable } from '@/components/ui/data-table'
import { Spinner } from '@/components/ui/spinner'
import { errorMessage } from '@/lib/form-errors'
import { useFoodImports, type FoodImportQuery } from '../api/food-imports'
import { importColumns } from './import-columns'

type ImportsTableProps = FoodImportQuery & { onQueryChange: (query: FoodImportQuery) => void }

export function ImportsTable({ page, size, onQueryChange }: ImportsTableProps) {
  const { t } = useTranslation()
  const imports = useFoodImports({ page, size })
  const columns = useMemo(() => importColumns(t), [t])

  if (imports.isPending)
    return (
      <p className="flex items-center gap-2 text-sm text-muted">
        <Spinner /> {t('common.loading')}
      </p>
    )
  if (imports.isError) return <Alert tone="danger">{errorMessage(imports.error, t)}</Alert>

  return (
    <DataTable
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
