import { Award, Flame, Lock, Trophy } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Badge } from '@/components/ui/badge'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { formatDate, formatDateTime, formatNumber } from '@/lib/format'
import { inLanguage, type Progress } from '../api/progress'

/** Points and level, streaks, the badge grid (earned with date, locked with how to earn) and the latest awards. */
export function ProgressView({ progress }: { progress: Progress }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const levelStart = (progress.level - 1) * (progress.nextLevelAt / progress.level)
  const share = Math.min(100, Math.round(((progress.points - levelStart) / (progress.nextLevelAt - levelStart)) * 100))

  return (
    <div className="grid gap-6">
      <div className="grid gap-4 sm:grid-cols-3">
        <Card>
          <CardContent className="grid gap-1 pt-6">
            <span className="flex items-center gap-2 text-sm text-muted">
              <Trophy className="size-4" aria-hidden /> {t('progress.points')}
            </span>
            <span className="text-3xl font-semibold" data-testid="progress-points" data-value={progress.points}>
              {formatNumber(progress.points)}
            </span>
          </CardContent>
        </Card>
        <Card>
          <CardContent className="grid gap-2 pt-6">
            <span className="text-sm text-muted">{t('progress.level', { level: progress.level })}</span>
            <div
              className="h-2 overflow-hidden rounded-full bg-line"
              role="progressbar"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={share}
              aria-label={t('progress.toNextLevel', { points: progress.nextLevelAt })}
            >
              <div className="h-full bg-brand-600" style={{ width: `${share}%` }} />
            </div>
            <span className="text-xs text-muted">{t('progress.toNextLevel', { points: formatNumber(progress.nextLevelAt) })}</span>
          </CardContent>
        </Card>
        <Card>
          <CardContent className="grid gap-1 pt-6">
            <span className="flex items-center gap-2 text-sm text-muted">
              <Flame className="size-4" aria-hidden /> {t('progress.streak')}
            </span>
            <span className="text-3xl font-semibold" data-testid="progress-streak">
              {t('progress.days', { count: progress.streak.current })}
            </span>
            <span className="text-xs text-muted">{t('progress.longest', { count: progress.streak.longest })}</span>
          </CardContent>
        </Card>
      </div>

      <Card aria-labelledby="badges-title">
        <CardHeader>
          <CardTitle id="badges-title">{t('progress.badges')}</CardTitle>
          <CardDescription>
            {t('progress.badgesHint', { earned: progress.badges.length, total: progress.badges.length + progress.lockedBadges.length })}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {progress.badges.map((badge) => (
              <li
                key={badge.code}
                data-testid="badge-earned"
                data-code={badge.code}
                className="flex gap-3 rounded-xl border border-brand-200 bg-brand-50 p-3"
              >
                <Award className="size-8 shrink-0 text-brand-700" aria-hidden />
                <div className="grid gap-0.5 text-sm">
                  <span className="font-semibold">{inLanguage(badge.name, language)}</span>
                  <span className="text-muted">{inLanguage(badge.description, language)}</span>
                  <span className="text-xs text-brand-800">
                    {t('progress.earnedOn', { date: formatDate(badge.awardedAt.slice(0, 10)) })}
                  </span>
                </div>
              </li>
            ))}
            {progress.lockedBadges.map((badge) => (
              <li
                key={badge.code}
                data-testid="badge-locked"
                data-code={badge.code}
                className="flex gap-3 rounded-xl border border-dashed border-line p-3 opacity-80"
              >
                <Lock className="size-8 shrink-0 text-muted" aria-hidden />
                <div className="grid gap-0.5 text-sm">
                  <span className="font-semibold">{inLanguage(badge.name, language)}</span>
                  <span className="text-muted">{inLanguage(badge.description, language)}</span>
                  {badge.earnedBy && (
                    <span className="text-xs text-muted">{t('progress.howToEarn', { rule: inLanguage(badge.earnedBy, language) })}</span>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>

      <Card aria-labelledby="awards-title">
        <CardHeader>
          <CardTitle id="awards-title">{t('progress.recent')}</CardTitle>
        </CardHeader>
        <CardContent>
          {progress.recentAwards.length === 0 ? (
            <p className="text-sm text-muted">{t('progress.noAwards')}</p>
          ) : (
            <ul className="grid gap-2 text-sm">
              {progress.recentAwards.map((award) => (
                <li key={`${award.ruleCode}-${award.awardedAt}`} className="flex flex-wrap items-center gap-2">
                  <Badge tone="success">+{award.points}</Badge>
                  <span className="flex-1">{inLanguage(award.ruleName, language)}</span>
                  <span className="text-xs text-muted">{formatDateTime(award.awardedAt)}</span>
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
    </div>
  )
}
