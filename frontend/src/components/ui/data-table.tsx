import { type ColumnDef, flexRender, getCoreRowModel, type PaginationState, type Row, useReactTable } from '@tanstack/react-table'
import { ChevronLeft, ChevronRight } from 'lucide-react'
import { Fragment, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { cn } from '@/lib/utils'
import { Button } from './button'

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData, TValue> {
    /** Extra classes for the column's header and cells (widths, alignment). */
    className?: string
  }
}

type DataTableProps<T> = {
  columns: ColumnDef<T, unknown>[]
  data: T[]
  /** Server-side pagination; the caller keeps the state (usually in the URL). */
  pagination?: { state: PaginationState; totalRows: number; onChange: (next: PaginationState) => void }
  getRowId?: (row: T) => string
  renderExpanded?: (row: Row<T>) => ReactNode
  empty: ReactNode
  caption: string
}

export function DataTable<T>({ columns, data, pagination, getRowId, renderExpanded, empty, caption }: DataTableProps<T>) {
  const { t } = useTranslation()
  // TanStack Table returns non-memoisable functions by design; the compiler skips this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    getRowCanExpand: () => Boolean(renderExpanded),
    manualPagination: true,
    rowCount: pagination?.totalRows ?? data.length,
    state: pagination ? { pagination: pagination.state } : undefined,
  })
  const pageCount = pagination ? Math.max(1, Math.ceil(pagination.totalRows / pagination.state.pageSize)) : 1

  return (
    <div className="grid min-w-0 grid-cols-1 gap-3">
      {/* relative: visually hidden headers are positioned inside the scroller, not against the page. */}
      <div className="relative overflow-x-auto rounded-card border border-line bg-surface">
        <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-canvas text-xs uppercase tracking-wide text-muted">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th key={header.id} scope="col" className={cn('px-4 py-3 font-medium', header.column.columnDef.meta?.className)}>
                    {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.length === 0 && (
              <tr>
                <td colSpan={columns.length} className="px-4 py-10 text-center text-muted">
                  {empty}
                </td>
              </tr>
            )}
            {table.getRowModel().rows.map((row) => (
              <Fragment key={row.id}>
                <tr className={cn('border-t border-line', row.getIsExpanded() && 'bg-brand-50/50')}>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={cn('px-4 py-3 align-top', cell.column.columnDef.meta?.className)}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
                {row.getIsExpanded() && renderExpanded && (
                  <tr className="bg-brand-50/50">
                    <td colSpan={columns.length} className="px-4 pb-4">
                      {renderExpanded(row)}
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      {pagination && (
        <nav className="flex items-center justify-between gap-3 text-sm text-muted" aria-label={t('table.pagination')}>
          <span>{t('table.pageOf', { page: pagination.state.pageIndex + 1, pages: pageCount, total: pagination.totalRows })}</span>
          <div className="flex gap-2">
            <Button
              variant="secondary"
              size="sm"
              disabled={pagination.state.pageIndex === 0}
              onClick={() => pagination.onChange({ ...pagination.state, pageIndex: pagination.state.pageIndex - 1 })}
            >
              <ChevronLeft aria-hidden="true" />
              {t('table.previous')}
            </Button>
            <Button
              variant="secondary"
              size="sm"
              disabled={pagination.state.pageIndex + 1 >= pageCount}
              onClick={() => pagination.onChange({ ...pagination.state, pageIndex: pagination.state.pageIndex + 1 })}
            >
              {t('table.next')}
              <ChevronRight aria-hidden="true" />
            </Button>
          </div>
        </nav>
      )}
    </div>
  )
}
