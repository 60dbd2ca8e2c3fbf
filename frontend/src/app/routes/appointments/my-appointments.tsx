import { createLazyRoute, Link } from '@tanstack/react-router'
import { CalendarPlus } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { Alert } from '@/components/ui/alert'
import { buttonVariants } from '@/components/ui/button'
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'
import { CalendarFeedCard } from '@/features/scheduling/components/calendar-feed-card'
import { MyAppointments } from '@/features/scheduling/components/my-appointments'
import { useViewerZone } from '../../hooks/use-viewer-zone'

export const Route = createLazyRoute('/_signedIn/appointments')({ component: AppointmentsPage })

function AppointmentsPage() {
  const { t } = useTranslation()
  const { scope, page, size, booked } = Route.useSearch()
  const navigate = Route.useNavigate()
  const zone = useViewerZone()
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageHeader title={t('scheduling.appointmentsTitle')} description={t('scheduling.appointmentsDescription')} />
        <Link
          to="/appointments/book"
          search={{ page: 1, size: 20 }}
          className={buttonVariants({ className: 'mb-6 sm:mb-0' })}
          data-testid="book-link"
        >
          <CalendarPlus aria-hidden="true" />
          {t('scheduling.appointments.book')}
        </Link>
      </div>
      {/* One column: a reschedule opens a whole week inside the table row and needs the width. */}
      <div className="grid grid-cols-1 gap-6">
        <div className="grid grid-cols-1 gap-3">
          {booked && <Alert tone="success">{t('scheduling.appointments.booked')}</Alert>}
          <MyAppointments
            scope={scope}
            page={page - 1}
            size={size}
            viewerZone={zone}
            onQueryChange={(query) => void navigate({ search: { scope: query.scope, page: query.page + 1, size: query.size } })}
          />
        </div>
        <Card aria-labelledby="feed-title" className="max-w-2xl">
          <CardHeader>
            <CardTitle id="feed-title">{t('scheduling.feed.title')}</CardTitle>
          </CardHeader>
          <CardContent>
            <CalendarFeedCard />
          </CardContent>
        </Card>
      </div>
    </>
  )
}
