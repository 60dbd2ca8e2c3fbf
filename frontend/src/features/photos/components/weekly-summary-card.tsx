import { Sparkles } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { Loading } from '@/components/ui/query-state'
import { ApiError } from '@/lib/api-client'
import { errorMessage } from '@/lib/form-errors'
import { useAiConsent, useSettings, useWeeklySummary } from '../api/weekly-summary'

/** The last complete week in a few sentences, saying who wrote it. */
export function WeeklySummaryCard() {
  const { t } = useTranslation()
  const summary = useWeeklySummary()
  const settings = useSettings()
  const consent = useAiConsent()
  const planRequired = summary.error instanceof ApiError && summary.error.code === 'PLAN_REQUIRED'

  return (
    <Card aria-labelledby="weekly-title" data-testid="weekly-summary">
      <CardHeader>
        <CardTitle id="weekly-title">{t('photos.weekly.title')}</CardTitle>
        <CardDescription>
          {summary.data ? t('photos.weekly.week', { week: summary.data.week }) : t('photos.weekly.description')}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {summary.isPending && <Loading />}
        {planRequired && (
          <Alert tone="info">
            {t('photos.weekly.planRequired')}{' '}
            <a className="font-semibold underline" href="/pricing">
              {t('photos.weekly.seePlans')}
            </a>
          </Alert>
        )}
        {summary.isError && !planRequired && <Alert tone="danger">{errorMessage(summary.error, t)}</Alert>}
        {summary.data && (
          <>
            <p className="text-sm leading-relaxed text-ink" data-testid="weekly-text">
              {summary.data.text}
            </p>
            <Badge tone={summary.data.source === 'LOCAL' ? 'neutral' : 'brand'} className="w-fit" data-testid="weekly-source">
              {summary.data.source !== 'LOCAL' && <Sparkles aria-hidden="true" className="size-3" />}
              {t(`photos.weekly.source.${summary.data.source}`)}
            </Badge>
          </>
        )}
        {settings.data && !planRequired && (
          <label className="flex items-start gap-3 text-sm">
            <input
              type="checkbox"
              role="switch"
              className="mt-0.5 size-4 accent-brand-700"
              checked={settings.data.aiConsent}
              disabled={consent.isPending}
              onChange={(event) => consent.mutate(event.target.checked)}
              data-testid="ai-consent"
            />
            <span>{t('photos.weekly.consent')}</span>
          </label>
        )}
        {consent.isError && <Alert tone="danger">{errorMessage(consent.error, t)}</Alert>}
      </CardContent>
    </Card>
  )
}
