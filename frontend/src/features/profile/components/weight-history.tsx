import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Spinner } from '@/components/ui/spinner'
import { errorMessage } from '@/lib/form-errors'
import { formatDate, formatNumber } from '@/lib/format'
import { cn } from '@/lib/utils'
import { useWeights, type WeightEntry } from '../api/get-weights'

function Sparkline({ entries }: { entries: WeightEntry[] }) {
  const points = [...entries].reverse()
  const values = points.map((entry) => entry.weightKg)
  const min = Math.min(...values)
  const span = Math.max(Math.max(...values) - min, 1)
  const path = points
    .map((entry, index) => {
      const x = (index / (points.length - 1)) * 100
      const y = 28 - ((entry.weightKg - min) / span) * 24
      return `${index === 0 ? 'M' : 'L'}${x.toFixed(2)},${y.toFixed(2)}`
    })
    .join(' ')
  return (
    <svg viewBox="0 0 100 32" preserveAspectRatio="none" className="h-12 w-full" aria-hidden="true">
      <path d={path} fill="none" stroke="currentColor" strokeWidth="1.5" vectorEffect="non-scaling-stroke" className="text-brand-600" />
    </svg>
  )
}

export function WeightHistory() {
  const { t } = useTranslation()
  const weights = useWeights()

  if (weights.isPending)
    return (
      <p className="flex items-center gap-2 text-sm text-muted">
        <Spinner /> {t('common.loading')}
      </p>
    )
  if (weights.isError) return <Alert tone="danger">{errorMessage(weights.error, t)}</Alert>
  if (weights.data.length === 0) return <p className="text-sm text-muted">{t('weights.empty')}</p>

  const entries = weights.data
  return (
    <div className="grid gap-3">
      {entries.length > 1 && <Sparkline entries={entries.slice(0, 30)} />}
      <ol className="divide-y divide-line text-sm" aria-label={t('weights.title')}>
        {entries.map((entry, index) => {
          const previous = entries[index + 1]
          const delta = previous ? entry.weightKg - previous.weightKg : 0
          return (
            <li key={entry.recordedOn} className="flex items-baseline justify-between gap-3 py-2">
              <time dateTime={entry.recordedOn} className="text-muted">
                {formatDate(entry.recordedOn)}
              </time>
              <span className="flex items-baseline gap-2">
                {previous && delta !== 0 && (
                  <span className={cn('text-xs', delta < 0 ? 'text-brand-700' : 'text-muted')}>
                    {delta > 0 ? '+' : '−'}
                    {formatNumber(Math.abs(delta), 1)}
                  </span>
                )}
                <span className="font-medium tabular-nums text-ink">{formatNumber(entry.weightKg, 1)} kg</span>
              </span>
            </li>
          )
        })}
      </ol>
    </div>
  )
}
