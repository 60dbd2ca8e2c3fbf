import { ChevronLeft, ChevronRight } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Button } from './button'

/** "Page 2 of 4 · 77 in total" with previous and next buttons, under every paged table. */
export function Pager({
  page,
  pageSize,
  totalRows,
  onPage,
}: {
  /** Zero-based. */
  page: number
  pageSize: number
  totalRows: number
  onPage: (page: number) => void
}) {
  const { t } = useTranslation()
  const pageCount = Math.max(1, Math.ceil(totalRows / pageSize))
  return (
    <nav className="flex items-center justify-between gap-3 text-sm text-muted" aria-label={t('table.pagination')}>
      <span>{t('table.pageOf', { page: page + 1, pages: pageCount, total: totalRows })}</span>
      <div className="flex gap-2">
        <Button variant="secondary" size="sm" disabled={page === 0} onClick={() => onPage(page - 1)}>
          <ChevronLeft aria-hidden="true" />
          {t('table.previous')}
        </Button>
        <Button variant="secondary" size="sm" disabled={page + 1 >= pageCount} onClick={() => onPage(page + 1)}>
          {t('table.next')}
          <ChevronRight aria-hidden="true" />
        </Button>
      </div>
    </nav>
  )
}
