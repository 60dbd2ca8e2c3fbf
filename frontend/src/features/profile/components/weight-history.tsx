import { useTranslation } from 'react-i18next'
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { EmptyState, QueryState } from '@/components/ui/query-state'
import { formatDate, formatDayMonth, formatNumber } from '@/lib/format'
import { cn } from '@/lib/utils'
import { useWeights, type WeightEntry } from '../api/get-weights'

const tick = { fontSize: 11, fill: 'var(--color-muted)' }

/** Weight over time, oldest first, with dates and kilograms; the list below carries the same numbers. */
function WeightChart({ entries }: { entries: WeightEntry[] }) {
  const { t } = useTranslation()
  return (
    <div aria-hidden="true" data-testid="weight-chart">
      <LineChart
        responsive
        data={[...entries].reverse()}
        style={{ width: '100%', height: 160 }}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} stroke="var(--color-line)" />
        <XAxis
          dataKey="recordedOn"
          tickFormatter={formatDayMonth}
          tick={tick}
          tickLine={false}
          axisLine={false}
          interval="preserveStartEnd"
          minTickGap={16}
        />
        {/* At least 2 kg tall, so that a few grams do not look like a swing. */}
        <YAxis
          domain={([min, max]: readonly [number, number]) => [Math.floor(min - 0.5), Math.ceil(Math.max(max, min + 2) + 0.5)]}
          tickFormatter={(value: number) => formatNumber(value)}
          tick={tick}
          tickLine={false}
          axisLine={false}
          width={36}
        />
        <Tooltip
          labelFormatter={(date) => formatDate(String(date))}
          formatter={(value) => [`${formatNumber(Number(value), 1)} kg`, t('weights.title')]}
        />
        <Line dataKey="weightKg" type="monotone" dot={{ r: 3 }} stroke="var(--color-brand-600)" strokeWidth={2} isAnimationActive={false} />
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
      {entries.length > 1 && <WeightChart entries={entries.slice(0, 90)} />}
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
