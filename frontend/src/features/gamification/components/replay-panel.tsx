import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { ConfirmButton } from '@/components/ui/confirm-button'
import { errorMessage } from '@/lib/form-errors'
import { formatNumber } from '@/lib/format'
import { replayRunning, useReplay, useStartReplay } from '../api/replay'

/**
 * "Preview impact" (a dry run) and "Apply and replay", with the replay's progress and the preview's
 * report. Applying rewrites every member's totals, so it asks first.
 */
export function ReplayPanel() {
  const { t } = useTranslation()
  const start = useStartReplay()
  const [id, setId] = useState<string>()
  const replay = useReplay(id)
  const running = replayRunning(replay.data) || start.isPending
  const run = (dryRun: boolean) => start.mutate(dryRun, { onSuccess: (started) => setId(started.id) })
  const data = replay.data
  const share = data && data.totalEvents > 0 ? Math.round((data.processedEvents / data.totalEvents) * 100) : 0

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => run(true)} disabled={running} data-testid="replay-preview">
          {t('replay.preview')}
        </Button>
        <ConfirmButton
          confirmLabel={t('replay.confirm')}
          keepLabel={t('replay.keep')}
          onConfirm={() => run(false)}
          disabled={running}
          pending={start.isPending && start.variables === false}
          data-testid="replay-apply"
        >
          {t('replay.apply')}
        </ConfirmButton>
      </div>
      {start.isError && <Alert tone="danger">{errorMessage(start.error, t)}</Alert>}
      {data && (
        <div className="grid gap-2" data-testid="replay-status" data-status={data.status} data-dry-run={data.dryRun}>
          <span className="text-sm">
            {t(`replay.status.${data.status}`)} ·{' '}
            {t('replay.events', { done: formatNumber(data.processedEvents), total: formatNumber(data.totalEvents) })}
          </span>
          <div
            className="h-2 overflow-hidden rounded-full bg-line"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={share}
            aria-label={t('replay.progress')}
          >
            <div className="h-full bg-brand-600 transition-all" style={{ width: `${share}%` }} />
          </div>
          {data.error && <Alert tone="danger">{data.error}</Alert>}
          {data.status === 'DONE' && !data.dryRun && <Alert tone="success">{t('replay.applied')}</Alert>}
          {data.report && (
            <div className="grid gap-2 rounded-xl border border-line p-4 text-sm" data-testid="replay-report">
              <p>
                {t('replay.summary', {
                  gaining: data.report.membersGaining,
                  losing: data.report.membersLosing,
                  before: formatNumber(data.report.pointsBefore),
                  after: formatNumber(data.report.pointsAfter),
                  badgesGained: data.report.badgesGained,
                  badgesLost: data.report.badgesLost,
                })}
              </p>
              {data.report.examples.length > 0 && (
                <div className="overflow-x-auto">
                  <table className="w-full min-w-[28rem]">
                    <thead>
                      <tr className="text-left text-muted">
                        <th className="py-1 font-medium">{t('replay.member')}</th>
                        <th className="px-2 py-1 text-right font-medium">{t('replay.before')}</th>
                        <th className="px-2 py-1 text-right font-medium">{t('replay.after')}</th>
                        <th className="px-2 py-1 font-medium">{t('replay.badges')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.report.examples.map((change) => (
                        <tr key={change.memberId} className="border-t border-line">
                          <td className="py-1">{change.displayName}</td>
                          <td className="px-2 py-1 text-right">{formatNumber(change.pointsBefore)}</td>
                          <td className="px-2 py-1 text-right">{formatNumber(change.pointsAfter)}</td>
                          <td className="py-1">
                            {[...change.badgesGained.map((code) => `+${code}`), ...change.badgesLost.map((code) => `−${code}`)].join(', ')}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </div>
          )}
        </div>
      )}
    </div>
  )
}
