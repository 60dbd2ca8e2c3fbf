import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'
import { ExportViewButton } from '@/components/ui/export-view-button'
import { Pager } from '@/components/ui/pager'
import { errorMessage } from '@/lib/form-errors'
import { formatDateTime, formatMonth } from '@/lib/format'
import { saveFile } from '@/lib/save-file'
import { downloadReport, type Report, reportsPageSize, useReports } from '../api/reporting'
import { GenerateReportForm } from './generate-report-form'

const period = (report: Report) => `${report.params.year}-${String(report.params.month).padStart(2, '0')}`

/** The financial reports: a Generate form, the list with live progress, and the download once done. */
export function ReportsPanel() {
  const { t } = useTranslation()
  const [page, setPage] = useState(0)
  const reports = useReports(page)
  const [downloadError, setDownloadError] = useState<unknown>(null)
  const rows = reports.data?.content ?? []
  const download = (report: Report) => {
    setDownloadError(null)
    downloadReport(report.id)
      .then((file) => saveFile(file, `financial-report-${period(report)}.csv`))
      .catch(setDownloadError)
  }
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t('reporting.reports.title')}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        <GenerateReportForm>
          <ExportViewButton
            rows={rows}
            fileName="reports"
            columns={[
              { header: t('reporting.reports.type'), value: (r) => t(`reporting.reports.${r.type as 'FINANCIAL_MONTHLY'}`) },
              { header: t('reporting.reports.params'), value: period },
              { header: t('reporting.reports.status'), value: (r) => t(`reporting.reports.statuses.${r.status}`) },
              { header: t('reporting.reports.progress'), value: (r) => r.progress },
              { header: t('reporting.reports.createdAt'), value: (r) => formatDateTime(r.createdAt) },
            ]}
          />
        </GenerateReportForm>
        {reports.isError && <Alert tone="danger">{errorMessage(reports.error, t)}</Alert>}
        {downloadError != null && <Alert tone="danger">{errorMessage(downloadError, t)}</Alert>}
        <div className="scroll-cue overflow-x-auto rounded-xl border border-line">
          <table className="w-full text-left text-sm" data-testid="reports">
            <caption className="sr-only">{t('reporting.reports.title')}</caption>
            <thead className="border-b border-line text-xs text-muted">
              <tr>
                <th className="px-3 py-2">{t('reporting.reports.type')}</th>
                <th className="px-3 py-2">{t('reporting.reports.params')}</th>
                <th className="px-3 py-2">{t('reporting.reports.status')}</th>
                <th className="px-3 py-2">{t('reporting.reports.progress')}</th>
                <th className="px-3 py-2">{t('reporting.reports.createdAt')}</th>
                <th className="px-3 py-2" />
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 && (
                <tr>
                  <td colSpan={6} className="px-3 py-6 text-center text-muted">
                    {t('reporting.reports.empty')}
                  </td>
                </tr>
              )}
              {rows.map((report) => (
                <tr key={report.id} className="border-b border-line last:border-0" data-testid="report-row">
                  <td className="px-3 py-2">{t(`reporting.reports.${report.type as 'FINANCIAL_MONTHLY'}`)}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{formatMonth(period(report))}</td>
                  <td className="px-3 py-2" data-testid="report-status">
                    {t(`reporting.reports.statuses.${report.status}`)}
                    {report.error && <span className="block text-xs text-muted">{report.error}</span>}
                  </td>
                  <td className="px-3 py-2">
                    <progress className="w-24" max={100} value={report.progress} aria-label={t('reporting.reports.progress')} />
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(report.createdAt)}</td>
                  <td className="px-3 py-2 text-right">
                    {report.status === 'DONE' && (
                      <button
                        type="button"
                        className="text-brand-700 underline"
                        data-testid="report-download"
                        onClick={() => download(report)}
                      >
                        {t('reporting.reports.download')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {reports.data && <Pager page={page} pageSize={reportsPageSize} totalRows={reports.data.totalElements} onPage={setPage} />}
      </CardContent>
    </Card>
  )
}
