import { createLazyRoute } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { Alert } from '@/components/ui/alert'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { Loading } from '@/components/ui/query-state'
import { useMe } from '@/features/account/api/get-me'
import { BadgesEditor } from '@/features/gamification/components/badges-editor'
import { ReplayPanel } from '@/features/gamification/components/replay-panel'
import { RulesEditor } from '@/features/gamification/components/rules-editor'

export const Route = createLazyRoute('/_signedIn/admin/gamification')({ component: GamificationAdminPage })

function GamificationAdminPage() {
  const { t } = useTranslation()
  const me = useMe()
  if (me.isPending) return <Loading />
  if (!me.data?.roles.includes('ADMIN')) {
    return (
      <>
        <PageHeader title={t('forbidden.title')} />
        <Alert tone="warning">{t('forbidden.text')}</Alert>
      </>
    )
  }
  return (
    <>
      <PageHeader title={t('rules.title')} description={t('rules.description')} />
      <div className="grid gap-6">
        <Card aria-labelledby="replay-title">
          <CardHeader>
            <CardTitle id="replay-title">{t('replay.title')}</CardTitle>
            <CardDescription>{t('replay.hint')}</CardDescription>
          </CardHeader>
          <CardContent>
            <ReplayPanel />
          </CardContent>
        </Card>
        <Card aria-labelledby="rules-title">
          <CardHeader>
            <CardTitle id="rules-title">{t('rules.rules')}</CardTitle>
          </CardHeader>
          <CardContent>
            <RulesEditor />
          </CardContent>
        </Card>
        <Card aria-labelledby="badges-title">
          <CardHeader>
            <CardTitle id="badges-title">{t('badges.title')}</CardTitle>
          </CardHeader>
          <CardContent>
            <BadgesEditor />
          </CardContent>
        </Card>
      </div>
    </>
  )
}
