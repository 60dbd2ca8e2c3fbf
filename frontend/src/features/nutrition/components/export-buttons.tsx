import { Download } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Button } from '@/components/ui/button'
import { QueryError } from '@/components/ui/query-state'
import { type ExportFormat, useExportDiary } from '../api/export-diary'

export function ExportButtons({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation()
  const exporter = useExportDiary()
  const pendingFormat = exporter.isPending ? exporter.variables?.format : undefined
  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap gap-2">
        {(['csv', 'json'] as ExportFormat[]).map((format) => (
          <Button
            key={format}
            variant="secondary"
            pending={pendingFormat === format}
            disabled={exporter.isPending}
            onClick={() => exporter.mutate({ from, to, format })}
            data-testid={`export-${format}`}
          >
            {pendingFormat !== format && <Download aria-hidden="true" />}
            {t('nutrition.export.download', { format: format.toUpperCase() })}
          </Button>
        ))}
      </div>
      {exporter.isError && <QueryError error={exporter.error} />}
    </div>
  )
}
