import { createRoute, Link, useNavigate } from '@tanstack/react-router'
import { CalendarPlus } from 'lucide-react'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { Alert } from '@/components/ui/alert'
import { buttonVariants } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { useProfile } from '@/features/profile/api/get-profile'
import { Agenda } from '@/features/scheduling/components/agenda'
import { AdminAppointments } from '@/features/scheduling/components/admin-appointments'
import { AvailabilityEditor } from '@/features/scheduling/components/availability-editor'
import { BookOnBehalf } from '@/features/scheduling/components/book-on-behalf'
import { CalendarFeedCard } from '@/features/scheduling/components/calendar-feed-card'
import { DoctorBooking } from '@/features/scheduling/components/doctor-booking'
import { DoctorTable } from '@/features/scheduling/components/doctor-table'
import { MyAppointments } from '@/features/scheduling/components/my-appointments'
import { NewDoctorForm } from '@/features/scheduling/components/new-doctor-form'
import { PatientTable } from '@/features/scheduling/components/patient-table'
import { adminAppointmentFilters } from '@/features/scheduling/utils/admin-appointments'
import { agendaViews, appointmentScopes, type AgendaView, type AppointmentScope } from '@/features/scheduling/utils/views'
import { dateInZone, isTimeZone, startOfWeek } from '@/features/scheduling/utils/zoned-time'
import { browserTimeZone, isIsoDate } from '@/lib/format'
import { RequireRole } from '../components/require-role'
import { positiveInt, stringParam } from '../search'
import { memberRoute } from './member'

const pageSizes = [10, 20, 50] as const
const pageSize = (value: unknown) => pageSizes.find((size) => size === Number(value)) ?? 20

/** The member's own zone from the profile (what the diary uses too), else the browser's. */
function useViewerZone(): string {
  const profile = useProfile()
  const zone = profile.data?.timezone
  return isTimeZone(zone) ? zone : browserTimeZone()
}

type DirectorySearch = { q?: string; specialty?: string; page: number; size: number }

const directorySearch = (search: Record<string, unknown>): DirectorySearch => ({
  q: stringParam(search.q),
  specialty: stringParam(search.specialty),
  page: positiveInt(search.page, 1),
  size: pageSize(search.size),
})

export const appointmentsRoute = createRoute({
  getParentRoute: () => memberRoute,
  path: 'appointments',
  validateSearch: (search: Record<string, unknown>): { scope: AppointmentScope; page: number; size: number; booked?: boolean } => ({
    scope: appointmentScopes.find((scope) => scope === search.scope) ?? 'upcoming',
    page: positiveInt(search.page, 1),
    size: pageSize(search.size),
    booked: search.booked === true || search.booked === 'true' ? true : undefined,
  }),
  component: AppointmentsPage,
})

function AppointmentsPage() {
  const { t } = useTranslation()
  const { scope, page, size, booked } = appointmentsRoute.useSearch()
  const navigate = useNavigate({ from: appointmentsRoute.fullPath })
  const zone = useViewerZone()
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageHeader title={t('scheduling.appointmentsTitle')} description={t('scheduling.appointmentsDescription')} />
        <Link to="/appointments/book" search={{ page: 1, size: 20 }} className={buttonVariants({ className: 'mb-6 sm:mb-0' })} data-testid="book-link">
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

export const findClinicianRoute = createRoute({
  getParentRoute: () => memberRoute,
  path: 'appointments/book',
  validateSearch: directorySearch,
  component: FindClinicianPage,
})

function FindClinicianPage() {
  const { t } = useTranslation()
  const { page, ...search } = findClinicianRoute.useSearch()
  const navigate = useNavigate({ from: findClinicianRoute.fullPath })
  const open = useCallback(
    (doctor: { id: string }) => void navigate({ to: '/appointments/book/$doctorId', params: { doctorId: doctor.id }, search: {} }),
    [navigate],
  )
  return (
    <>
      <PageHeader title={t('scheduling.findTitle')} description={t('scheduling.findDescription')} />
      <DoctorTable
        {...search}
        page={page - 1}
        onOpen={open}
        onQueryChange={(query) => void navigate({ search: { ...query, page: query.page + 1 } })}
      />
    </>
  )
}

export const doctorBookingRoute = createRoute({
  getParentRoute: () => memberRoute,
  path: 'appointments/book/$doctorId',
  validateSearch: (search: Record<string, unknown>): { week?: string } => ({
    week: isIsoDate(search.week) ? startOfWeek(search.week) : undefined,
  }),
  component: DoctorBookingPage,
})

function DoctorBookingPage() {
  const { doctorId } = doctorBookingRoute.useParams()
  const { week } = doctorBookingRoute.useSearch()
  const navigate = useNavigate({ from: doctorBookingRoute.fullPath })
  const zone = useViewerZone()
  return (
    <>
      <DoctorBooking
        doctorId={doctorId}
        viewerZone={zone}
        week={week ?? startOfWeek(dateInZone(new Date(), zone))}
        onWeekChange={(next) => void navigate({ search: { week: next } })}
        onBooked={() => void navigate({ to: '/appointments', search: { scope: 'upcoming', page: 1, size: 20, booked: true } })}
      />
    </>
  )
}

export const agendaRoute = createRoute({
  getParentRoute: () => memberRoute,
  path: 'agenda',
  validateSearch: (search: Record<string, unknown>): { view: AgendaView; date?: string } => ({
    view: agendaViews.find((view) => view === search.view) ?? 'day',
    date: isIsoDate(search.date) ? search.date : undefined,
  }),
  component: AgendaPage,
})

function AgendaPage() {
  const { t } = useTranslation()
  const { view, date } = agendaRoute.useSearch()
  const navigate = useNavigate({ from: agendaRoute.fullPath })
  return (
    <RequireRole roles={['CLINICIAN']} message={t('scheduling.clinicianOnly')}>
      {(me) => (
        <>
          <PageHeader title={t('scheduling.agendaTitle')} description={t('scheduling.agendaDescription')} />
          <Agenda doctorId={me.id} view={view} date={date} onChange={(next) => void navigate({ search: next })} />
        </>
      )}
    </RequireRole>
  )
}

export const availabilityRoute = createRoute({
  getParentRoute: () => memberRoute,
  path: 'availability',
  component: AvailabilityPage,
})

function AvailabilityPage() {
  const { t } = useTranslation()
  return (
    <RequireRole roles={['CLINICIAN']} message={t('scheduling.clinicianOnly')}>
      {(me) => (
        <>
          <PageHeader title={t('scheduling.availabilityTitle')} description={t('scheduling.availabilityDescription')} />
          <AvailabilityEditor doctorId={me.id} />
        </>
      )}
    </RequireRole>
  )
}

export const patientsRoute = createRoute({
  getParentRoute: () => memberRoute,
  path: 'patients',
  validateSearch: (search: Record<string, unknown>): { q?: string; page: number; size: number } => ({
    q: stringParam(search.q),
    page: positiveInt(search.page, 1),
    size: pageSize(search.size),
  }),
  component: PatientsPage,
})

function PatientsPage() {
  const { t } = useTranslation()
  const { q, page, size } = patientsRoute.useSearch()
  const navigate = useNavigate({ from: patientsRoute.fullPath })
  return (
    <RequireRole roles={['CLINICIAN', 'ADMIN']} message={t('scheduling.clinicianOnly')}>
      {() => (
        <>
          <PageHeader title={t('scheduling.patientsTitle')} description={t('scheduling.patientsDescription')} />
          <PatientTable
            q={q ?? ''}
            page={page - 1}
            size={size}
            onQueryChange={(query) => void navigate({ search: { q: query.q || undefined, page: query.page + 1, size: query.size } })}
          />
        </>
      )}
    </RequireRole>
  )
}

export const cliniciansRoute = createRoute({
  getParentRoute: () => memberRoute,
  path: 'admin/clinicians',
  validateSearch: directorySearch,
  component: CliniciansPage,
})

function CliniciansPage() {
  const { t } = useTranslation()
  const { page, ...search } = cliniciansRoute.useSearch()
  const navigate = useNavigate({ from: cliniciansRoute.fullPath })
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
              <DoctorTable {...search} page={page - 1} onQueryChange={(query) => void navigate({ search: { ...query, page: query.page + 1 } })} />
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

export const adminAppointmentsRoute = createRoute({
  getParentRoute: () => memberRoute,
  path: 'admin/appointments',
  validateSearch: adminAppointmentFilters,
  component: AdminAppointmentsPage,
})

function AdminAppointmentsPage() {
  const { t } = useTranslation()
  const filters = adminAppointmentsRoute.useSearch()
  const navigate = useNavigate({ from: adminAppointmentsRoute.fullPath })
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
              <AdminAppointments filters={filters} zone={zone} onFiltersChange={(next) => void navigate({ search: next })} />
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
