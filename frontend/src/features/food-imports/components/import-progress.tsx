import { useTranslation } from 'react-i18next'
import { QueryState } from '@/components/ui/query-state'
import { formatNumber } from '@/lib/format'
import { useFoodImport } from '../api/food-imports'
import { isActive, progressPercent } from '../utils/import-progress'
import { ImportStatusBadge } from './import-status-badge'
import { ImportSummary } from './import-summary'

/** The import being followed: polled until it has succeeded or failed. */
export function ImportProgress({ id }: { id: string }) {
  const { t } = useTranslation()
  const job = useFoodImport(id)
  if (job.isPending || job.isError) return <QueryState query={job} />
  const percent = progressPercent(job.data)
  return (
    <div className="grid gap-2" data-testid="food-import-progress" aria-live="polite">
      <div className="flex items-center justify-between gap-2 text-sm">
        <span className="font-medium text-ink">{t(`foodImports.formats.${job.data.format}`)}</span>
        <ImportStatusBadge status={job.data.status} />
      </div>
      <div
        role="progressbar"
        aria-label={t('foodImports.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        className="h-2 overflow-hidden rounded-full bg-line/60"
      >
        <div
          className={
            isActive(job.data) && percent === null ? 'h-full w-1/3 animate-pulse bg-brand-600' : 'h-full bg-brand-600 transition-all'
          }
          style={percent === null ? undefined : { width: `${percent}%` }}
        />
      </div>
      <p className="text-sm">
        {isActive(job.data) && job.data.rowsTotal > 0 ? (
          <span className="text-muted">
            {t('foodImports.rows', { done: formatNumber(job.data.rowsDone), total: formatNumber(job.data.rowsTotal) })}
          </span>
        ) : (
          <ImportSummary job={job.data} />
        )}
      </p>
    </div>
  )
}
