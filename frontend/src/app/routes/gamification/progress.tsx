import { createLazyRoute } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { Alert } from '@/components/ui/alert'
import { Loading } from '@/components/ui/query-state'
import { useProgress } from '@/features/gamification/api/progress'
import { InviteCard } from '@/features/gamification/components/invite-card'
import { LeaderboardCard } from '@/features/gamification/components/leaderboard-card'
import { ProgressView } from '@/features/gamification/components/progress-view'
import { errorMessage } from '@/lib/form-errors'

export const Route = createLazyRoute('/_signedIn/progress')({ component: ProgressPage })

function ProgressPage() {
  const { t } = useTranslation()
  const progress = useProgress()
  return (
    <>
      <PageHeader title={t('progress.title')} description={t('progress.description')} />
      {progress.isPending && <Loading />}
      {progress.isError && <Alert tone="danger">{errorMessage(progress.error, t)}</Alert>}
      {progress.data && (
        <div className="grid gap-6">
          <ProgressView progress={progress.data} />
          <div className="grid gap-6 lg:grid-cols-2">
            <LeaderboardCard optedIn={progress.data.leaderboardOptIn} />
            <InviteCard />
          </div>
        </div>
      )}
    </>
  )
}
