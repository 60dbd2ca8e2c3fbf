import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { Alert } from '@/components/ui/alert'
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'
import { errorMessage } from '@/lib/form-errors'
import { formatDayMonth, formatMoney, formatMonth } from '@/lib/format'
import { type Kpis, useKpis } from '../api/reporting'

const tick = { fontSize: 11, fill: 'var(--color-muted)' }
/** The charts' time axes: months ("feb 2026") or days ("30 nov") in words; their tooltips use the same labels. */
const monthAxis = { tick, tickLine: false, axisLine: false, tickFormatter: (label: unknown) => formatMonth(String(label)) }
const dayAxis = {
  ...monthAxis,
  interval: 'preserveEnd',
  minTickGap: 8,
  tickFormatter: (label: unknown) => formatDayMonth(String(label)),
} as const

function percent(value: number | null, locale: string) {
  return value == null ? null : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value)
}

function currentMrr(kpis: Kpis) {
  const month = kpis.mrrTrend.at(-1)?.month
  return kpis.mrrTrend.filter((point) => point.month === month)
}

/** KPI cards and charts from GET /api/admin/kpis (SQL aggregates, at most a minute old). */
export function KpiOverview() {
  const { t, i18n } = useTranslation()
  const kpis = useKpis()
  if (kpis.isError) return <Alert tone="danger">{errorMessage(kpis.error, t)}</Alert>
  if (!kpis.data) return <p className="text-sm text-muted">{t('common.loading')}</p>
  const data = kpis.data
  // with the cents, as the payments list shows them: 19,98 € is not 20 €
  const money = (amount: number, currency: string) => formatMoney(amount, currency, i18n.language)
  const cards: { key: string; label: string; value: string; hint?: string }[] = [
    { key: 'active1d', label: t('reporting.kpis.active1d'), value: String(data.activity.active1d) },
    { key: 'active30d', label: t('reporting.kpis.active30d'), value: String(data.activity.active30d) },
    {
      key: 'stickiness',
      label: t('reporting.kpis.stickiness'),
      value: percent(data.activity.stickiness, i18n.language) ?? t('reporting.kpis.none'),
      hint: t('reporting.kpis.stickinessHint'),
    },
    {
      key: 'adherence',
      label: t('reporting.kpis.adherence'),
      value: percent(data.activity.loggingAdherence, i18n.language) ?? t('reporting.kpis.none'),
      hint: t('reporting.kpis.adherenceHint'),
    },
    {
      key: 'subscriptions',
      label: t('reporting.kpis.activeSubscribers'),
      value: String(data.subscriptions.ACTIVE ?? 0),
      // the MRR also counts the ones still paid for but leaving, and the ones with a charge to retry
      hint:
        data.leaving + (data.subscriptions.PAST_DUE ?? 0) > 0
          ? t('reporting.kpis.activeSubscribersHint', {
              cancelling: data.leaving,
              pastDue: data.subscriptions.PAST_DUE ?? 0,
            })
          : undefined,
    },
    {
      key: 'mrr',
      label: t('reporting.kpis.mrr'),
      value:
        currentMrr(data)
          .map((point) => money(point.mrr, point.currency))
          .join(' · ') || t('reporting.kpis.none'),
    },
  ]
  const currencies = [...new Set(data.mrrTrend.map((point) => point.currency))]
  const trend = [...new Set(data.mrrTrend.map((point) => point.month))].map((month) => ({
    month,
    ...Object.fromEntries(data.mrrTrend.filter((point) => point.month === month).map((point) => [point.currency, point.mrr])),
  }))
  const colors = ['var(--color-brand-500)', 'var(--color-amber-400)', 'var(--color-muted)']
  return (
    <div className="space-y-4">
      <ul className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6" data-testid="kpi-cards">
        {cards.map((card) => (
          <li key={card.key} className="rounded-xl border border-line bg-surface p-3">
            <p className="text-xs text-muted">{card.label}</p>
            <p className="mt-1 text-xl font-semibold tabular-nums" data-testid={`kpi-${card.key}`}>
              {card.value}
            </p>
            {card.hint && <p className="text-xs text-muted">{card.hint}</p>}
          </li>
        ))}
      </ul>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>{t('reporting.charts.mrr')}</CardTitle>
          </CardHeader>
          <CardContent>
            <LineChart responsive data={trend} style={{ width: '100%', height: 220 }} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid vertical={false} stroke="var(--color-line)" />
              <XAxis dataKey="month" {...monthAxis} />
              <YAxis tick={tick} tickLine={false} axisLine={false} width={48} />
              <Tooltip labelFormatter={monthAxis.tickFormatter} />
              <Legend />
              {currencies.map((currency, index) => (
                <Line key={currency} type="monotone" dataKey={currency} stroke={colors[index % colors.length]} dot={false} />
              ))}
            </LineChart>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t('reporting.charts.movements')}</CardTitle>
          </CardHeader>
          <CardContent>
            <BarChart
              responsive
              data={data.newVsChurned}
              style={{ width: '100%', height: 220 }}
              margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
            >
              <CartesianGrid vertical={false} stroke="var(--color-line)" />
              <XAxis dataKey="month" {...monthAxis} />
              <YAxis allowDecimals={false} tick={tick} tickLine={false} axisLine={false} width={36} />
              <Tooltip labelFormatter={monthAxis.tickFormatter} />
              <Legend />
              <Bar dataKey="newSubscriptions" name={t('reporting.charts.newSubscriptions')} fill="var(--color-brand-500)" />
              <Bar dataKey="churned" name={t('reporting.charts.churned')} fill="var(--color-amber-400)" />
            </BarChart>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t('reporting.charts.daily')}</CardTitle>
          </CardHeader>
          <CardContent>
            <BarChart
              responsive
              data={data.dailyActive}
              style={{ width: '100%', height: 200 }}
              margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
            >
              <CartesianGrid vertical={false} stroke="var(--color-line)" />
              <XAxis dataKey="day" {...dayAxis} />
              <YAxis allowDecimals={false} tick={tick} tickLine={false} axisLine={false} width={36} />
              <Tooltip labelFormatter={dayAxis.tickFormatter} />
              <Bar dataKey="members" fill="var(--color-brand-500)" />
            </BarChart>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t('reporting.charts.bookings')}</CardTitle>
          </CardHeader>
          <CardContent>
            <BarChart
              responsive
              data={data.appointmentsPerWeek}
              style={{ width: '100%', height: 200 }}
              margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
            >
              <CartesianGrid vertical={false} stroke="var(--color-line)" />
              <XAxis dataKey="weekStart" {...dayAxis} />
              <YAxis allowDecimals={false} tick={tick} tickLine={false} axisLine={false} width={36} />
              <Tooltip labelFormatter={dayAxis.tickFormatter} />
              <Bar dataKey="booked" fill="var(--color-brand-500)" />
            </BarChart>
          </CardContent>
        </Card>
      </div>
    </div>
  )
}
