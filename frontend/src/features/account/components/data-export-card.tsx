import { Download } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { QueryError } from '@/components/ui/query-state'
import { useExportMyData } from '../api/export-my-data'

export function DataExportCard() {
  const { t } = useTranslation()
  const exporter = useExportMyData()
  return (
    <Card aria-labelledby="data-title" data-testid="data-export-card">
      <CardHeader>
        <CardTitle id="data-title">{t('settings.dataTitle')}</CardTitle>
        <CardDescription>{t('settings.dataHint')}</CardDescription>
      </CardHeader>
      <CardContent className="grid justify-items-start gap-3">
        <Button variant="secondary" pending={exporter.isPending} onClick={() => exporter.mutate()} data-testid="data-export">
          {!exporter.isPending && <Download aria-hidden="true" />}
          {t('settings.dataDownload')}
        </Button>
        {exporter.isSuccess && (
          <p role="status" className="text-sm text-muted">
            {t('settings.dataDownloaded')}
          </p>
        )}
        {exporter.isError && <QueryError error={exporter.error} />}
      </CardContent>
    </Card>
  )
}
