import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { Loading } from '@/components/ui/query-state'
import { errorMessage } from '@/lib/form-errors'
import { useAiConsent, useSettings } from '../api/ai-consent'

/** The settings section where the member allows (or stops) the AI weekly summary. */
export const aiConsentSection = 'ai-summary'

/** Says exactly what the AI is sent before the member turns it on; off again at any time. */
export function AiConsentCard() {
  const { t } = useTranslation()
  const settings = useSettings()
  const consent = useAiConsent()

  return (
    <Card id={aiConsentSection} aria-labelledby="ai-consent-title" className="scroll-mt-24" data-testid="ai-consent-card">
      <CardHeader>
        <CardTitle id="ai-consent-title">{t('photos.consent.title')}</CardTitle>
        <CardDescription>{t('photos.consent.hint')}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4 text-sm">
        <div className="grid gap-1">
          <p className="font-medium">{t('photos.consent.sentTitle')}</p>
          <ul className="list-disc space-y-1 pl-5 text-muted">
            <li>{t('photos.consent.sentTotals')}</li>
            <li>{t('photos.consent.sentTargets')}</li>
          </ul>
        </div>
        <div className="grid gap-1">
          <p className="font-medium">{t('photos.consent.neverTitle')}</p>
          <p className="text-muted">{t('photos.consent.never')}</p>
        </div>
        {settings.isPending && <Loading />}
        {settings.isError && <Alert tone="danger">{errorMessage(settings.error, t)}</Alert>}
        {settings.data && (
          <div className="flex items-start gap-3 rounded-xl border border-line p-3">
            <input
              id="ai-consent"
              type="checkbox"
              role="switch"
              className="mt-0.5 size-4 shrink-0 accent-brand-700"
              checked={settings.data.aiConsent}
              disabled={consent.isPending}
              onChange={(event) => consent.mutate(event.target.checked)}
              aria-describedby="ai-consent-state"
              data-testid="ai-consent"
            />
            <div className="grid gap-1">
              <label htmlFor="ai-consent" className="font-medium">
                {t('photos.consent.label')}
              </label>
              <p id="ai-consent-state" className="text-muted">
                {settings.data.aiConsent ? t('photos.consent.on') : t('photos.consent.off')}
              </p>
            </div>
          </div>
        )}
        {consent.isError && <Alert tone="danger">{errorMessage(consent.error, t)}</Alert>}
      </CardContent>
    </Card>
  )
}
