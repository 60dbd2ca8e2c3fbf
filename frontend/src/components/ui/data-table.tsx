import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  type Header,
  type PaginationState,
  type Row,
  useReactTable,
} from '@tanstack/react-table'
import { Fragment, type ReactNode } from 'react'
import { cn } from '@/lib/utils'
import { type ExportCell, type ExportColumn, ExportViewButton } from './export-view-button'
import { Pager } from './pager'

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData, TValue> {
    /** Extra classes for the column's header and cells (widths, alignment). */
    className?: string
    /**
     * The cell as "Export this view" writes it: the text the cell shows, built with the same
     * formatters. Columns without it (actions, toggles) are left out of the export.
     */
    exportValue?: (row: TData) => ExportCell
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
  /**
   * Below the sm breakpoint each row becomes a card of stacked cells instead of a table row to
   * scroll sideways, so nothing is out of view on a phone (the column headers are then hidden).
   */
  stackOnPhone?: boolean
  /** Shows "Export this view" above the table: the rows of the row model, in its order, as a CSV of this name. */
  exportFileName?: string
}

export function DataTable<T>({
  columns,
  data,
  pagination,
  getRowId,
  renderExpanded,
  empty,
  caption,
  stackOnPhone = false,
  exportFileName,
}: DataTableProps<T>) {
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

  return (
    <div className="grid min-w-0 grid-cols-1 gap-3">
      {exportFileName && (
        <div className="flex justify-end">
          <ExportViewButton
            rows={table.getRowModel().rows.map((row) => row.original)}
            columns={exportColumns(table.getLeafHeaders())}
            fileName={exportFileName}
            of={caption}
          />
        </div>
      )}
      {/* relative: visually hidden headers are positioned inside the scroller, not against the page. */}
      <div className="scroll-cue relative overflow-x-auto rounded-card border border-line">
        {/* An empty table keeps to the screen's width, so its message is not cut off on a phone. */}
        <table
          className={cn(
            'w-full border-collapse text-left text-sm',
            table.getRowModel().rows.length === 0 ? '' : stackOnPhone ? 'sm:min-w-[36rem]' : 'min-w-[36rem]',
          )}
        >
          <caption className="sr-only">{caption}</caption>
          <thead className={cn('bg-canvas text-xs uppercase tracking-wide text-muted', stackOnPhone && 'max-sm:sr-only')}>
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
                <tr
                  className={cn(
                    'border-t border-line',
                    row.getIsExpanded() && 'bg-brand-50/50',
                    stackOnPhone && 'max-sm:grid max-sm:gap-1.5 max-sm:py-3',
                  )}
                >
                  {row.getVisibleCells().map((cell) => (
                    <td
                      key={cell.id}
                      className={cn(
                        'px-4 py-3 align-top',
                        cell.column.columnDef.meta?.className,
                        stackOnPhone && 'max-sm:block max-sm:w-auto max-sm:py-0 max-sm:text-left',
                      )}
                    >
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
                {row.getIsExpanded() && renderExpanded && (
                  <tr className={cn('bg-brand-50/50', stackOnPhone && 'max-sm:block')}>
                    <td colSpan={columns.length} className={cn('px-4 pb-4', stackOnPhone && 'max-sm:block')}>
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
        <Pager
          page={pagination.state.pageIndex}
          pageSize={pagination.state.pageSize}
          totalRows={pagination.totalRows}
          onPage={(pageIndex) => pagination.onChange({ ...pagination.state, pageIndex })}
        />
      )}
    </div>
  )
}

/** The exportable columns in their on-screen order, headed by the same (translated) header text the table shows. */
function exportColumns<T>(headers: Header<T, unknown>[]): ExportColumn<T>[] {
  return headers.flatMap((header) => {
    const { header: title, meta } = header.column.columnDef
    if (!meta?.exportValue) return []
    const text = typeof title === 'function' ? title(header.getContext()) : title
    return [{ header: typeof text === 'string' ? text : header.column.id, value: meta.exportValue }]
  })
}
