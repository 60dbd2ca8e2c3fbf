import { useTranslation } from 'react-i18next'
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'
import { formatNumber } from '@/lib/format'
import type { DiaryDay } from '../api/get-diary-day'
import { MacroRing } from './macro-ring'

const number = (value: number | null | undefined, digits = 0) => (value == null ? '—' : formatNumber(value, digits))
const amount = (value: number | null | undefined, unit: string, digits = 0) =>
  value == null ? '—' : `${formatNumber(value, digits)} ${unit}`

/** Calories and macros of the day against the member's targets. */
export function DaySummary({ day }: { day: DiaryDay }) {
  const { t } = useTranslation()
  const { totals, targets, remaining } = day
  const macros = [
    { key: 'protein', consumed: totals.proteinG, target: targets?.proteinG ?? null, colorClass: 'text-brand-600' },
    { key: 'fat', consumed: totals.fatG, target: targets?.fatG ?? null, colorClass: 'text-rose-500' },
    { key: 'carbs', consumed: totals.carbsG, target: targets?.carbsG ?? null, colorClass: 'text-sky-500' },
  ] as const

  return (
    <Card aria-labelledby="day-summary-title" data-testid="day-summary">
      <CardHeader>
        <CardTitle id="day-summary-title">{t('nutrition.summary.title')}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-6">
        <div className="grid items-center gap-6 sm:grid-cols-[auto_minmax(0,1fr)]">
          <MacroRing
            size="lg"
            testId="total-kcal"
            label={t('nutrition.summary.energy')}
            consumed={totals.kcal}
            target={targets?.calories ?? null}
            unit="kcal"
            colorClass="text-brand-600"
            valueText={number(totals.kcal)}
            targetText={targets ? t('nutrition.summary.ofTarget', { target: formatNumber(targets.calories), unit: 'kcal' }) : null}
          />
          <div className="grid grid-cols-3 gap-2">
            {macros.map((macro) => (
              <MacroRing
                key={macro.key}
                testId={`total-${macro.key}`}
                label={t(`nutrition.macros.${macro.key}`)}
                consumed={macro.consumed}
                target={macro.target}
                unit="g"
                colorClass={macro.colorClass}
                valueText={number(macro.consumed)}
                targetText={
                  macro.target == null ? null : t('nutrition.summary.ofTarget', { target: formatNumber(macro.target), unit: 'g' })
                }
              />
            ))}
          </div>
        </div>
        {remaining ? (
          <p
            className="rounded-xl bg-canvas px-4 py-3 text-sm text-ink"
            data-testid="remaining-kcal"
            data-value={Math.round(remaining.kcal)}
          >
            {remaining.kcal >= 0
              ? t('nutrition.summary.remaining', { kcal: formatNumber(remaining.kcal) })
              : t('nutrition.summary.over', { kcal: formatNumber(-remaining.kcal) })}
          </p>
        ) : (
          <p className="rounded-xl bg-canvas px-4 py-3 text-sm text-muted">{t('nutrition.summary.noTargets')}</p>
        )}
        <dl className="grid grid-cols-3 gap-3 border-t border-line pt-4 text-sm">
          <div>
            <dt className="text-muted">{t('nutrition.macros.fiber')}</dt>
            <dd className="font-medium tabular-nums">{amount(totals.fiberG, 'g', 1)}</dd>
          </div>
          <div>
            <dt className="text-muted">{t('nutrition.macros.sugars')}</dt>
            <dd className="font-medium tabular-nums">{amount(totals.sugarsG, 'g', 1)}</dd>
          </div>
          <div>
            <dt className="text-muted">{t('nutrition.macros.sodium')}</dt>
            <dd className="font-medium tabular-nums">{amount(totals.sodiumMg, 'mg')}</dd>
          </div>
        </dl>
      </CardContent>
    </Card>
  )
}
