import { createLazyRoute } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { FollowedImportCard } from '@/features/food-imports/components/import-progress'
import { ImportUploadForm } from '@/features/food-imports/components/import-upload-form'
import { ImportsTable } from '@/features/food-imports/components/imports-table'
import { RemoteSourceStatus } from '@/features/food-imports/components/remote-source-status'
import { RequireRole } from '../../components/require-role'

export const Route = createLazyRoute('/_signedIn/admin/foods')({ component: FoodImportsPage })

function FoodImportsPage() {
  const { t } = useTranslation()
  const { page, size } = Route.useSearch()
  const navigate = Route.useNavigate()
  const [following, setFollowing] = useState<string | undefined>()
  return (
    <RequireRole roles={['ADMIN']}>
      {() => (
        <>
          <PageHeader title={t('foodImports.title')} description={t('foodImports.description')} />
          <div className="grid grid-cols-1 items-start gap-6 xl:grid-cols-[minmax(0,1fr)_26rem]">
            <div className="grid min-w-0 gap-6">
              {following && <FollowedImportCard id={following} />}
              <section aria-labelledby="food-imports-history-title" className="grid min-w-0 grid-cols-1 gap-3">
                <h2 id="food-imports-history-title" className="text-base font-semibold text-ink">
                  {t('foodImports.historyTitle')}
                </h2>
                <ImportsTable
                  page={page - 1}
                  size={size}
                  onQueryChange={(query) => void navigate({ search: { page: query.page + 1, size: query.size } })}
                />
              </section>
            </div>
            <div className="grid gap-6">
              <Card aria-labelledby="food-import-upload-title">
                <CardHeader>
                  <CardTitle id="food-import-upload-title">{t('foodImports.uploadTitle')}</CardTitle>
                  <CardDescription>{t('foodImports.uploadHint')}</CardDescription>
                </CardHeader>
                <CardContent>
                  <ImportUploadForm onStarted={(job) => setFollowing(job.id)} />
                </CardContent>
              </Card>
              <Card aria-labelledby="remote-source-title">
                <CardHeader>
                  <CardTitle id="remote-source-title">{t('foodImports.remote.title')}</CardTitle>
                  <CardDescription>{t('foodImports.remote.hint')}</CardDescription>
                </CardHeader>
                <CardContent>
                  <RemoteSourceStatus />
                </CardContent>
              </Card>
            </div>
          </div>
        </>
      )}
    </RequireRole>
  )
}
