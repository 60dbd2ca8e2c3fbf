import { useTranslation } from 'react-i18next'
import { Bar, BarChart, type BarShapeProps, CartesianGrid, Rectangle, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { useMediaQuery } from '@/hooks/use-media-query'
import { currentDisplayLocale } from '@/i18n'
import { formatNumber, parseLocalDate } from '@/lib/format'
import { axisFor, labelledDates, type TrendPoint } from '../utils/trends'

const tick = { fontSize: 11, fill: 'var(--color-muted)' }

function dayLabel(date: string, many: boolean) {
  const parsed = parseLocalDate(date)
  if (!parsed) return date
  return new Intl.DateTimeFormat(currentDisplayLocale(), many ? { day: 'numeric' } : { weekday: 'short', day: 'numeric' }).format(parsed)
}

/**
 * Daily calories as bars against the target line; a table carries the same data for screen readers.
 * A range with nothing logged says so over the empty grid.
 */
export function CalorieChart({ points, target }: { points: TrendPoint[]; target: number | null }) {
  const { t } = useTranslation()
  const { max, ticks } = axisFor(
    points.map((point) => point.kcal),
    target,
  )
  const many = points.length > 10
  const nothingLogged = points.every((point) => point.kcal == null)
  const narrow = useMediaQuery('(max-width: 639px)')
  // Days over the target are amber, the others brand green (as in the legend below).
  const bar = (props: BarShapeProps) => {
    const kcal = (props.payload as TrendPoint).kcal
    return (
      <Rectangle {...props} fill={target != null && kcal != null && kcal > target ? 'var(--color-amber-400)' : 'var(--color-brand-500)'} />
    )
  }

  return (
    <figure className="grid gap-2">
      <div className="relative">
        {nothingLogged && (
          <p className="absolute inset-x-0 top-1/3 z-10 text-center text-sm text-muted" data-testid="chart-empty">
            {t('nutrition.trends.nothingLogged')}
          </p>
        )}
        <div aria-hidden="true">
          <BarChart
            responsive
            data={points}
            style={{ width: '100%', height: 240 }}
            margin={{ top: 12, right: 8, bottom: 0, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid vertical={false} stroke="var(--color-line)" />
            <XAxis
              dataKey="date"
              tickFormatter={(date: string) => dayLabel(date, many)}
              tick={tick}
              tickLine={false}
              axisLine={false}
              // Evenly spaced from the last day, which is always named.
              ticks={labelledDates(points, narrow)}
              interval={0}
            />
            <YAxis
              domain={[0, max]}
              ticks={ticks}
              tickFormatter={(value: number) => formatNumber(value)}
              tick={tick}
              tickLine={false}
              axisLine={false}
              width={44}
            />
            <Tooltip
              cursor={{ fill: 'var(--color-brand-50)' }}
              labelFormatter={(date) => dayLabel(String(date), false)}
              formatter={(value) => [`${formatNumber(Number(value))} kcal`, t('nutrition.trends.legendIntake')]}
            />
            <Bar dataKey="kcal" shape={bar} radius={4} maxBarSize={48} isAnimationActive={false} />
            {target != null && <ReferenceLine y={target} stroke="var(--color-ink)" strokeWidth={2} strokeDasharray="6 4" />}
          </BarChart>
        </div>
      </div>
      <figcaption className="flex flex-wrap gap-4 text-xs text-muted">
        <span className="flex items-center gap-1.5">
          <span className="inline-block size-3 rounded-sm bg-brand-500" aria-hidden="true" /> {t('nutrition.trends.legendIntake')}
        </span>
        <span className="flex items-center gap-1.5">
          <span className="inline-block size-3 rounded-sm bg-amber-400" aria-hidden="true" /> {t('nutrition.trends.legendOver')}
        </span>
        {target != null && (
          <span className="flex items-center gap-1.5">
            <span className="inline-block h-0 w-4 border-t-2 border-dashed border-ink" aria-hidden="true" />{' '}
            {t('nutrition.trends.legendTarget', { kcal: formatNumber(target) })}
          </span>
        )}
      </figcaption>
      <table className="sr-only">
        <caption>{t('nutrition.trends.chartTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('nutrition.trends.day')}</th>
            <th scope="col">kcal</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.date}>
              <th scope="row">{dayLabel(point.date, false)}</th>
              <td>{point.kcal == null ? t('nutrition.trends.notLogged') : formatNumber(point.kcal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
