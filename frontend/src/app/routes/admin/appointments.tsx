import { createLazyRoute } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { AdminAppointments } from '@/features/scheduling/components/admin-appointments'
import { BookOnBehalf } from '@/features/scheduling/components/book-on-behalf'
import { adminAppointmentSearch } from '@/features/scheduling/utils/admin-appointments'
import { browserTimeZone } from '@/lib/format'
import { RequireRole } from '../../components/require-role'

export const Route = createLazyRoute('/_signedIn/admin/appointments')({ component: AdminAppointmentsPage })

function AdminAppointmentsPage() {
  const { t } = useTranslation()
  const filters = Route.useSearch()
  const navigate = Route.useNavigate()
  const zone = browserTimeZone()
  return (
    <RequireRole roles={['ADMIN']}>
      {() => (
        <>
          <PageHeader title={t('scheduling.adminAppointments.title')} description={t('scheduling.adminAppointments.description')} />
          <div className="grid grid-cols-1 items-start gap-6 xl:grid-cols-[minmax(0,1fr)_28rem]">
            <section aria-labelledby="all-appointments-title" className="grid min-w-0 grid-cols-1 gap-3">
              <h2 id="all-appointments-title" className="text-base font-semibold text-ink">
                {t('scheduling.adminAppointments.listTitle')}
              </h2>
              <AdminAppointments
                filters={filters}
                zone={zone}
                onFiltersChange={(next) => void navigate({ search: adminAppointmentSearch(next) })}
              />
            </section>
            <Card aria-labelledby="on-behalf-title">
              <CardHeader>
                <CardTitle id="on-behalf-title">{t('scheduling.onBehalf.title')}</CardTitle>
                <CardDescription>{t('scheduling.onBehalf.hint')}</CardDescription>
              </CardHeader>
              <CardContent>
                <BookOnBehalf zone={zone} />
              </CardContent>
            </Card>
          </div>
        </>
      )}
    </RequireRole>
  )
}
