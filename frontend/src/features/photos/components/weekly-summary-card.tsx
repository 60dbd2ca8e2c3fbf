import { Link } from '@tanstack/react-router'
import { Sparkles } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { Loading } from '@/components/ui/query-state'
import { ApiError } from '@/lib/api-client'
import { errorMessage } from '@/lib/form-errors'
import { formatDayRange } from '@/lib/format'
import { useSettings } from '../api/ai-consent'
import { useEntitlements } from '../api/meal-photos'
import { summaryFeature, useWeeklySummary } from '../api/weekly-summary'
import { isoWeekDays } from '../utils/iso-week'
import { aiConsentSection } from './ai-consent-card'

/** The last complete week in a few sentences, saying who wrote it; the AI consent lives in Settings. */
export function WeeklySummaryCard() {
  const { t } = useTranslation()
  // the plan says first whether there is a summary to ask for
  const entitlements = useEntitlements()
  const included = entitlements.data?.features.includes(summaryFeature)
  const summary = useWeeklySummary(included === true)
  const settings = useSettings()
  const weekHeading = (week: string) => {
    const days = isoWeekDays(week)
    return t('photos.weekly.week', { range: days ? formatDayRange(days.monday, days.sunday) : week })
  }
  const planRequired = included === false || (summary.error instanceof ApiError && summary.error.code === 'PLAN_REQUIRED')

  return (
    <Card aria-labelledby="weekly-title" data-testid="weekly-summary">
      <CardHeader>
        <CardTitle id="weekly-title">{t('photos.weekly.title')}</CardTitle>
        <CardDescription>{summary.data ? weekHeading(summary.data.week) : t('photos.weekly.description')}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {(entitlements.isPending || summary.isLoading) && <Loading />}
        {entitlements.isError && <Alert tone="danger">{errorMessage(entitlements.error, t)}</Alert>}
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
          <p className="text-sm text-muted" data-testid="ai-consent-status">
            {settings.data.aiConsent ? t('photos.weekly.consentOn') : t('photos.weekly.consentOff')}{' '}
            <Link to="/settings" hash={aiConsentSection} className="font-semibold text-brand-700 underline">
              {t('photos.weekly.consentLink')}
            </Link>
          </p>
        )}
      </CardContent>
    </Card>
  )
}
