import { useTranslation } from 'react-i18next'
import { Badge } from '@/components/ui/badge'
import { QueryState } from '@/components/ui/query-state'
import { formatNumber } from '@/lib/format'
import { useRemoteSourceStatus } from '../api/food-imports'
import { quotaShare } from '../utils/import-progress'

const breakerTones = { CLOSED: 'success', HALF_OPEN: 'warning', OPEN: 'warning' } as const

/** FoodData Central as search sees it: configured, its circuit breaker, the quota left this hour. */
export function RemoteSourceStatus() {
  const { t } = useTranslation()
  const status = useRemoteSourceStatus()
  if (status.isPending || status.isError) return <QueryState query={status} />
  const { configured, breaker, hourlyLimit, quotaRemaining } = status.data
  const share = quotaShare(status.data)
  return (
    <dl className="grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-2 text-sm" data-testid="remote-source-status">
      <dt className="text-muted">{t('foodImports.remote.configured')}</dt>
      <dd>
        <Badge tone={configured ? 'success' : 'neutral'}>{t(configured ? 'foodImports.remote.yes' : 'foodImports.remote.no')}</Badge>
      </dd>
      <dt className="text-muted">{t('foodImports.remote.breaker')}</dt>
      <dd>
        <Badge tone={breakerTones[breaker as keyof typeof breakerTones] ?? 'neutral'}>
          {t(`foodImports.remote.breakerStates.${breaker}` as never, { defaultValue: breaker }) as string}
        </Badge>
      </dd>
      <dt className="text-muted">{t('foodImports.remote.quota')}</dt>
      <dd>
        {hourlyLimit === null || quotaRemaining === null ? (
          <span className="text-muted">—</span>
        ) : (
          <span className="grid gap-1">
            <span>{t('foodImports.remote.quotaLeft', { remaining: formatNumber(quotaRemaining), limit: formatNumber(hourlyLimit) })}</span>
            <meter min={0} max={1} value={share ?? 0} low={0.2} optimum={1} aria-label={t('foodImports.remote.quota')} className="w-full" />
          </span>
        )}
      </dd>
    </dl>
  )
}
