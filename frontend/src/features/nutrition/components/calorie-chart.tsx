import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useElementWidth } from '@/hooks/use-element-width'
import { formatNumber, parseLocalDate } from '@/lib/format'
import { cn } from '@/lib/utils'
import { axisFor, type TrendPoint } from '../utils/trends'

const DEFAULT_WIDTH = 640
const HEIGHT = 240
const PAD = { top: 12, right: 8, bottom: 28, left: 44 }

function dayLabel(date: string, many: boolean) {
  const parsed = parseLocalDate(date)
  if (!parsed) return date
  return new Intl.DateTimeFormat(undefined, many ? { day: 'numeric' } : { weekday: 'short', day: 'numeric' }).format(parsed)
}

/** Daily calories as bars against the target line; a table carries the same data for screen readers. */
export function CalorieChart({ points, target }: { points: TrendPoint[]; target: number | null }) {
  const { t } = useTranslation()
  // Drawn at the container's real width so that labels keep their size on phones.
  const containerRef = useRef<HTMLElement>(null)
  const width = useElementWidth(containerRef) || DEFAULT_WIDTH
  const { max, ticks } = axisFor(points.map((point) => point.kcal), target)
  const innerWidth = width - PAD.left - PAD.right
  const innerHeight = HEIGHT - PAD.top - PAD.bottom
  const band = innerWidth / Math.max(points.length, 1)
  const barWidth = Math.max(2, band * 0.62)
  const y = (value: number) => PAD.top + innerHeight - (value / max) * innerHeight
  const many = points.length > 10
  // Label every day when there is room, else every few days counting back from the last one.
  const labelEvery = Math.max(1, Math.ceil((many ? 24 : 48) / band))

  return (
    <figure ref={containerRef} className="grid gap-2">
      <svg viewBox={`0 0 ${width} ${HEIGHT}`} className="h-auto w-full" aria-hidden="true">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={width - PAD.right} y1={y(tick)} y2={y(tick)} className="stroke-line" strokeWidth="1" />
            <text x={PAD.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle" className="fill-muted text-[11px]">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {points.map((point, index) => {
          const x = PAD.left + index * band + (band - barWidth) / 2
          const over = target != null && point.kcal != null && point.kcal > target
          return (
            <g key={point.date}>
              {point.kcal != null && point.kcal > 0 && (
                <rect
                  x={x}
                  y={y(point.kcal)}
                  width={barWidth}
                  height={Math.max(0, y(0) - y(point.kcal))}
                  rx={Math.min(4, barWidth / 2)}
                  className={cn(over ? 'fill-amber-400' : 'fill-brand-500')}
                />
              )}
              {(points.length - 1 - index) % labelEvery === 0 && (
                <text x={x + barWidth / 2} y={HEIGHT - 8} textAnchor="middle" className="fill-muted text-[11px]">
                  {dayLabel(point.date, many)}
                </text>
              )}
            </g>
          )
        })}
        {target != null && (
          <line
            x1={PAD.left}
            x2={width - PAD.right}
            y1={y(target)}
            y2={y(target)}
            strokeDasharray="6 4"
            strokeWidth="2"
            className="stroke-ink"
          />
        )}
      </svg>
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
