import { download, generateCsv, mkConfig } from 'export-to-csv'
import { useTranslation } from 'react-i18next'

export type ExportCell = string | number | null | undefined
export type ExportColumn<T> = { header: string; value: (row: T) => ExportCell }

/** A cell that shows a second, smaller line under its main text, as one exported value: "main (detail)". */
export function withDetail(main: string, detail: string | null | undefined): string {
  return detail ? `${main} (${detail})` : main
}

const numberPattern = /^-?\d+(\.\d+)?$/

/** A cell as a spreadsheet should show it: text starting like a formula gets a leading apostrophe (OWASP), plain numbers stay. */
export function neutralise(value: ExportCell): string | number {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return value
  if (value.length > 0 && '=+-@\t\r'.includes(value[0]) && !numberPattern.test(value)) return `'${value}`
  return value
}

type ExportViewButtonProps<T> = {
  rows: T[]
  columns: ExportColumn<T>[]
  fileName: string
  /** What is exported, for screen readers when a page has more than one table ("Export this view: Recipes"). */
  of?: string
}

/** "Export this view": exactly the rows, columns and order on screen, as CSV (export-to-csv quotes per RFC 4180). */
export function ExportViewButton<T>({ rows, columns, fileName, of }: ExportViewButtonProps<T>) {
  const { t } = useTranslation()
  const exportView = () => {
    const keys = columns.map((_, index) => `c${index}`)
    const config = mkConfig({
      filename: fileName,
      columnHeaders: columns.map((column, index) => ({ key: keys[index], displayLabel: column.header })),
      useBom: true,
      quoteStrings: true,
    })
    const data = rows.map((row) => Object.fromEntries(columns.map((column, index) => [keys[index], neutralise(column.value(row))])))
    download(config)(generateCsv(config)(data))
  }
  return (
    <button
      type="button"
      data-testid="export-view"
      className="rounded-lg border border-line px-3 py-1.5 text-sm hover:bg-surface-muted disabled:opacity-40"
      disabled={rows.length === 0}
      aria-label={of ? `${t('common.exportView')}: ${of}` : undefined}
      onClick={exportView}
    >
      {t('common.exportView')}
    </button>
  )
}
