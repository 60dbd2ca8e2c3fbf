import { useTranslation } from 'react-i18next'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { QueryState } from '@/components/ui/query-state'
import { formatDate, formatNumber, todayIso } from '@/lib/format'
import { cn } from '@/lib/utils'
import { useDiaryDay } from '../api/get-diary-day'
import { useSummary } from '../api/get-summary'
import { dailySeries, rangeEnding, type TrendRange, trendRanges } from '../utils/trends'
import { CalorieChart } from './calorie-chart'
import { ExportButtons } from './export-buttons'

type TrendsViewProps = { range: TrendRange; onRangeChange: (range: TrendRange) => void }

export function TrendsView({ range, onRangeChange }: TrendsViewProps) {
  const { t } = useTranslation()
  const today = todayIso()
  const { from, to } = rangeEnding(today, range)
  const summary = useSummary(from, to)
  // Targets come with the diary day; today's are the ones the chart compares against.
  const targets = useDiaryDay(today).data?.targets ?? null

  const averages = summary.data?.averages
  const macros = [
    { key: 'protein', value: averages?.proteinG, target: targets?.proteinG },
    { key: 'fat', value: averages?.fatG, target: targets?.fatG },
    { key: 'carbs', value: averages?.carbsG, target: targets?.carbsG },
  ] as const

  return (
    <div className="grid gap-6">
      <div
        role="group"
        aria-label={t('nutrition.trends.range')}
        className="flex w-fit gap-1 rounded-xl border border-line bg-surface p-1 text-sm"
      >
        {trendRanges.map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={range === option}
            onClick={() => onRangeChange(option)}
            className={cn(
              'rounded-lg px-4 py-1.5 font-medium transition-colors',
              range === option ? 'bg-brand-700 text-white' : 'text-muted hover:text-ink',
            )}
          >
            {t(`nutrition.trends.ranges.${option}`)}
          </button>
        ))}
      </div>

      <QueryState query={summary} spacious />
      {summary.data && (
        <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <Card aria-labelledby="chart-title" aria-busy={summary.isFetching}>
            <CardHeader>
              <CardTitle id="chart-title">{t('nutrition.trends.chartTitle')}</CardTitle>
              <CardDescription>{t('nutrition.trends.period', { from: formatDate(from), to: formatDate(to) })}</CardDescription>
            </CardHeader>
            <CardContent>
              <CalorieChart points={dailySeries(summary.data.days, from, to)} target={targets?.calories ?? null} />
            </CardContent>
          </Card>

          <div className="grid gap-6">
            <Card aria-labelledby="averages-title">
              <CardHeader>
                <CardTitle id="averages-title">{t('nutrition.trends.averages')}</CardTitle>
                <CardDescription>{t('nutrition.trends.averagesHint', { count: summary.data.daysLogged })}</CardDescription>
              </CardHeader>
              <CardContent className="grid gap-3">
                <p className="text-3xl font-semibold tracking-tight text-brand-800" data-testid="average-kcal">
                  {averages?.kcal == null ? '—' : formatNumber(averages.kcal)}{' '}
                  <span className="text-base font-normal text-muted">kcal</span>
                </p>
                {targets && (
                  <p className="text-sm text-muted">{t('nutrition.trends.targetIs', { kcal: formatNumber(targets.calories) })}</p>
                )}
                <dl className="grid grid-cols-3 gap-2">
                  {macros.map((macro) => (
                    <div key={macro.key} className="rounded-xl bg-canvas px-3 py-2">
                      <dt className="text-xs text-muted">{t(`nutrition.macros.${macro.key}`)}</dt>
                      <dd className="font-semibold tabular-nums">{macro.value == null ? '—' : `${formatNumber(macro.value)} g`}</dd>
                      {macro.target != null && <dd className="text-xs text-muted">/ {formatNumber(macro.target)} g</dd>}
                    </div>
                  ))}
                </dl>
              </CardContent>
            </Card>
            <Card aria-labelledby="adherence-title">
              <CardHeader>
                <CardTitle id="adherence-title">{t('nutrition.trends.adherence')}</CardTitle>
              </CardHeader>
              <CardContent className="grid gap-2">
                <p className="text-sm text-ink">
                  {t('nutrition.trends.adherenceText', { days: summary.data.last7Days.daysLogged, of: summary.data.last7Days.ofDays })}
                </p>
                <div className="flex gap-1" aria-hidden="true">
                  {Array.from({ length: summary.data.last7Days.ofDays }, (_, index) => (
                    <span
                      key={index}
                      className={cn('h-2 flex-1 rounded-full', index < summary.data.last7Days.daysLogged ? 'bg-brand-600' : 'bg-line')}
                    />
                  ))}
                </div>
              </CardContent>
            </Card>
            <Card aria-labelledby="export-title">
              <CardHeader>
                <CardTitle id="export-title">{t('nutrition.export.title')}</CardTitle>
                <CardDescription>{t('nutrition.export.hint', { from: formatDate(from), to: formatDate(to) })}</CardDescription>
              </CardHeader>
              <CardContent>
                <ExportButtons from={from} to={to} />
              </CardContent>
            </Card>
          </div>
        </div>
      )}
    </div>
  )
}
