import { createLazyRoute } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { DoctorTable } from '@/features/scheduling/components/doctor-table'
import { NewDoctorForm } from '@/features/scheduling/components/new-doctor-form'
import { RequireRole } from '../../components/require-role'

export const Route = createLazyRoute('/_signedIn/admin/clinicians')({ component: CliniciansPage })

function CliniciansPage() {
  const { t } = useTranslation()
  const { page, ...search } = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <RequireRole roles={['ADMIN']}>
      {() => (
        <>
          <PageHeader title={t('scheduling.cliniciansTitle')} description={t('scheduling.cliniciansDescription')} />
          <div className="grid grid-cols-1 items-start gap-6 xl:grid-cols-[minmax(0,1fr)_26rem]">
            <section aria-labelledby="clinicians-list-title" className="grid min-w-0 grid-cols-1 gap-3">
              <h2 id="clinicians-list-title" className="text-base font-semibold text-ink">
                {t('scheduling.admin.listTitle')}
              </h2>
              <DoctorTable
                {...search}
                page={page - 1}
                onQueryChange={(query) => void navigate({ search: { ...query, page: query.page + 1 } })}
              />
            </section>
            <Card aria-labelledby="new-clinician-title">
              <CardHeader>
                <CardTitle id="new-clinician-title">{t('scheduling.admin.newTitle')}</CardTitle>
                <CardDescription>{t('scheduling.admin.newHint')}</CardDescription>
              </CardHeader>
              <CardContent>
                <NewDoctorForm />
              </CardContent>
            </Card>
          </div>
        </>
      )}
    </RequireRole>
  )
}
