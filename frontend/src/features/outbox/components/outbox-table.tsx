import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { DataTable } from '@/components/ui/data-table'
import { Spinner } from '@/components/ui/spinner'
import { errorMessage } from '@/lib/form-errors'
import { useOutbox, type OutboxQuery } from '../api/get-outbox'
import { MessageBody } from './message-body'
import { outboxColumns } from './outbox-columns'

type OutboxTableProps = OutboxQuery & { onQueryChange: (query: OutboxQuery) => void }

export function OutboxTable({ page, size, onQueryChange }: OutboxTableProps) {
  const { t } = useTranslation()
  const outbox = useOutbox({ page, size })
  const columns = useMemo(() => outboxColumns(t), [t])

  if (outbox.isPending)
    return (
      <p className="flex items-center gap-2 text-sm text-muted">
        <Spinner /> {t('common.loading')}
      </p>
    )
  if (outbox.isError) return <Alert tone="danger">{errorMessage(outbox.error, t)}</Alert>

  return (
    <DataTable
      caption={t('outbox.title')}
      columns={columns}
      data={outbox.data.content}
      getRowId={(message) => message.id}
      renderExpanded={(row) => <MessageBody body={row.original.body} />}
      empty={t('outbox.empty')}
      pagination={{
        state: { pageIndex: page, pageSize: size },
        totalRows: outbox.data.totalElements,
        onChange: (next) => onQueryChange({ page: next.pageIndex, size: next.pageSize }),
      }}
    />
  )
}
