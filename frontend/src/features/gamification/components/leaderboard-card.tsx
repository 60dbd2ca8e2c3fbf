import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { errorMessage } from '@/lib/form-errors'
import { formatNumber } from '@/lib/format'
import { type Period, periods, useLeaderboard } from '../api/leaderboards'
import { useLeaderboardOptIn } from '../api/progress'

/** Weekly, monthly and all-time rankings, with the switch that makes the member appear in them. */
export function LeaderboardCard({ optedIn }: { optedIn: boolean }) {
  const { t } = useTranslation()
  const [period, setPeriod] = useState<Period>('weekly')
  const board = useLeaderboard(period)
  const optIn = useLeaderboardOptIn()

  return (
    <Card aria-labelledby="leaderboard-title">
      <CardHeader>
        <CardTitle id="leaderboard-title">{t('progress.leaderboard.title')}</CardTitle>
        <CardDescription>{t('progress.leaderboard.hint')}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <label className="flex items-center gap-3 text-sm">
          <input
            type="checkbox"
            role="switch"
            className="size-4 accent-brand-700"
            checked={optedIn}
            disabled={optIn.isPending}
            onChange={(event) => optIn.mutate(event.target.checked)}
            data-testid="leaderboard-opt-in"
          />
          {t('progress.leaderboard.optIn')}
        </label>
        {optIn.isError && <Alert tone="danger">{errorMessage(optIn.error, t)}</Alert>}
        <div className="flex flex-wrap gap-2" role="group" aria-label={t('progress.leaderboard.period')}>
          {periods.map((value) => (
            <Button
              key={value}
              size="sm"
              variant={value === period ? 'primary' : 'secondary'}
              aria-pressed={value === period}
              onClick={() => setPeriod(value)}
            >
              {t(`progress.leaderboard.periods.${value}`)}
            </Button>
          ))}
        </div>
        {board.isError && <Alert tone="danger">{errorMessage(board.error, t)}</Alert>}
        {board.data && (
          <>
            {board.data.entries.length === 0 ? (
              <p className="text-sm text-muted">{t('progress.leaderboard.empty')}</p>
            ) : (
              <ol className="grid gap-1 text-sm" data-testid="leaderboard">
                {board.data.entries.map((entry, position) => (
                  <li
                    // members with equal points share a rank
                    key={position}
                    className={`flex items-center gap-3 rounded-lg px-2 py-1.5 ${entry.you ? 'bg-brand-50 font-semibold' : ''}`}
                  >
                    <span className="w-8 text-right text-muted">{entry.rank}</span>
                    <span className="flex-1 truncate">{entry.displayName}</span>
                    <span>{formatNumber(entry.points)}</span>
                  </li>
                ))}
              </ol>
            )}
            <p className="text-sm text-muted" data-testid="leaderboard-me">
              {board.data.me
                ? t('progress.leaderboard.yourRank', { rank: board.data.me.rank, points: formatNumber(board.data.me.points) })
                : t('progress.leaderboard.private')}
            </p>
          </>
        )}
      </CardContent>
    </Card>
  )
}
