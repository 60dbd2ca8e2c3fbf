import { useTranslation } from 'react-i18next'
import { Line, LineChart, YAxis } from 'recharts'
import { EmptyState, QueryState } from '@/components/ui/query-state'
import { formatDate, formatNumber } from '@/lib/format'
import { cn } from '@/lib/utils'
import { useWeights, type WeightEntry } from '../api/get-weights'

/** The last weights, oldest first, as a line without axes (the list below carries the numbers). */
function Sparkline({ entries }: { entries: WeightEntry[] }) {
  return (
    <div aria-hidden="true">
      <LineChart
        responsive
        data={[...entries].reverse()}
        style={{ width: '100%', height: 48 }}
        margin={{ top: 4, right: 2, bottom: 4, left: 2 }}
        accessibilityLayer={false}
      >
        {/* At least 1 kg tall, so that a few grams do not look like a swing. */}
        <YAxis hide domain={([min, max]: readonly [number, number]) => [min, Math.max(max, min + 1)]} />
        <Line dataKey="weightKg" type="linear" dot={false} stroke="var(--color-brand-600)" strokeWidth={1.5} isAnimationActive={false} />
      </LineChart>
    </div>
  )
}

export function WeightHistory() {
  const { t } = useTranslation()
  const weights = useWeights()

  if (weights.isPending || weights.isError) return <QueryState query={weights} />
  if (weights.data.length === 0) return <EmptyState>{t('weights.empty')}</EmptyState>

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
