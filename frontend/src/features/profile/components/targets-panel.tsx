import { useTranslation } from 'react-i18next'
import { Badge } from '@/components/ui/badge'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { QueryState } from '@/components/ui/query-state'
import { formatNumber } from '@/lib/format'
import { cn } from '@/lib/utils'
import { useTargets } from '../api/get-targets'
import type { TargetPreview } from '../utils/targets'

type TargetsPanelProps = {
  /** The live client-side estimate while the form has unsaved, valid changes. */
  preview: TargetPreview | null
}

type Shown = { bmr: number | null; tdee: number | null; calories: number; proteinG: number; fatG: number; carbsG: number }

function Value({ testId, value, className }: { testId: string; value: number | null; className?: string }) {
  const rounded = value == null ? null : Math.round(value)
  return (
    <span data-testid={testId} data-value={rounded ?? ''} className={cn('tabular-nums', className)}>
      {rounded == null ? '—' : formatNumber(rounded)}
    </span>
  )
}

function Macro({
  label,
  grams,
  kcalPerGram,
  calories,
  testId,
  barClass,
}: {
  label: string
  grams: number
  kcalPerGram: number
  calories: number
  testId: string
  barClass: string
}) {
  const share = calories > 0 ? Math.min(100, Math.round(((grams * kcalPerGram) / calories) * 100)) : 0
  return (
    <div className="grid gap-1.5 rounded-xl bg-canvas px-3 py-3">
      <span className="text-xs font-medium text-muted">{label}</span>
      <span className="text-lg font-semibold text-ink">
        <Value testId={testId} value={grams} /> <span className="text-sm font-normal text-muted">g</span>
      </span>
      <span className="h-1.5 overflow-hidden rounded-full bg-line" aria-hidden="true">
        <span className={cn('block h-full rounded-full', barClass)} style={{ width: `${share}%` }} />
      </span>
    </div>
  )
}

export function TargetsPanel({ preview }: TargetsPanelProps) {
  const { t } = useTranslation()
  const targets = useTargets()
  const source = preview ? 'preview' : 'server'
  const shown: Shown | null | undefined = preview ?? targets.data

  return (
    <Card aria-labelledby="targets-title" aria-busy={!preview && targets.isFetching} data-source={source} data-testid="targets-panel">
      <CardHeader>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <CardTitle id="targets-title">{t('targets.title')}</CardTitle>
          {preview ? (
            <Badge tone="warning">{t('targets.previewBadge')}</Badge>
          ) : targets.data?.custom ? (
            <Badge tone="brand">{t('targets.customBadge')}</Badge>
          ) : targets.data ? (
            <Badge tone="success">{t('targets.calculatedBadge')}</Badge>
          ) : null}
        </div>
        <CardDescription>{preview ? t('targets.previewHint') : t('targets.hint')}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5" aria-live="polite">
        {!preview && <QueryState query={targets} />}
        {!preview && targets.isSuccess && targets.data === null && (
          <p className="rounded-xl bg-canvas px-4 py-5 text-sm text-muted">{t('targets.incomplete')}</p>
        )}
        {shown && (
          <>
            <div>
              <p className="text-xs font-medium uppercase tracking-wide text-muted">{t('targets.calories')}</p>
              <p className="mt-1 text-4xl font-semibold tracking-tight text-brand-800">
                <Value testId="targets-calories" value={shown.calories} />{' '}
                <span className="text-base font-normal text-muted">{t('targets.kcalPerDay')}</span>
              </p>
            </div>
            <div className="grid grid-cols-3 gap-2">
              <Macro
                label={t('targets.protein')}
                grams={shown.proteinG}
                kcalPerGram={4}
                calories={shown.calories}
                testId="targets-protein"
                barClass="bg-brand-600"
              />
              <Macro
                label={t('targets.fat')}
                grams={shown.fatG}
                kcalPerGram={9}
                calories={shown.calories}
                testId="targets-fat"
                barClass="bg-amber-500"
              />
              <Macro
                label={t('targets.carbs')}
                grams={shown.carbsG}
                kcalPerGram={4}
                calories={shown.calories}
                testId="targets-carbs"
                barClass="bg-sky-500"
              />
            </div>
            <dl className="grid grid-cols-2 gap-3 border-t border-line pt-4 text-sm">
              <div>
                <dt className="text-muted">{t('targets.bmr')}</dt>
                <dd className="font-medium text-ink">
                  <Value testId="targets-bmr" value={shown.bmr} /> kcal
                </dd>
              </div>
              <div>
                <dt className="text-muted">{t('targets.tdee')}</dt>
                <dd className="font-medium text-ink">
                  <Value testId="targets-tdee" value={shown.tdee} /> kcal
                </dd>
              </div>
            </dl>
            {preview && targets.data?.custom && <p className="text-xs text-muted">{t('targets.previewCustomNote')}</p>}
          </>
        )}
      </CardContent>
    </Card>
  )
}
