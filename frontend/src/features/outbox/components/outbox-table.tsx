import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '@/components/ui/data-table'
import { QueryState } from '@/components/ui/query-state'
import { type OutboxQuery, useOutbox } from '../api/get-outbox'
import { MessageBody } from './message-body'
import { outboxColumns } from './outbox-columns'

type OutboxTableProps = OutboxQuery & { onQueryChange: (query: OutboxQuery) => void }

export function OutboxTable({ page, size, onQueryChange }: OutboxTableProps) {
  const { t } = useTranslation()
  const outbox = useOutbox({ page, size })
  const columns = useMemo(() => outboxColumns(t), [t])

  if (outbox.isPending || outbox.isError) return <QueryState query={outbox} />

  return (
    <DataTable
      exportFileName="outbox-view"
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
