import { createRoute, redirect } from '@tanstack/react-router'
import { meQueryOptions } from '@/features/account/api/get-me'
import { inDiaryRange } from '@/features/nutrition/utils/diary-dates'
import { trendRanges } from '@/features/nutrition/utils/trends'
import { adminAppointmentFilters } from '@/features/scheduling/utils/admin-appointments'
import { agendaViews, appointmentScopes } from '@/features/scheduling/utils/views'
import { startOfWeek } from '@/features/scheduling/utils/zoned-time'
import { authSession, restoreSession } from '@/lib/auth-session'
import { isIsoDate } from '@/lib/format'
import { redirectMembers } from './routes/guards'
import { rootRoute } from './routes/root'
import { signedInRoute } from './routes/signed-in'
import { pageSize, positiveInt, safeRedirect, stringParam } from './search'

// Every URL of the app: path, search params and guards load with the app; each page's component
// loads from its own file under routes/<area>/ when first needed (or on hovering a link to it).

const loginReasons = ['registered', 'password-changed', 'password-reset', 'account-deleted', 'session-expired'] as const

const tokenSearch = (search: Record<string, unknown>): { token?: string } => ({ token: stringParam(search.token) })

const directorySearch = (search: Record<string, unknown>): { q?: string; specialty?: string; page: number; size: number } => ({
  q: stringParam(search.q),
  specialty: stringParam(search.specialty),
  page: positiveInt(search.page, 1),
  size: pageSize(search.size),
})

const tableSearch =
  (fallbackSize: 10 | 20) =>
  (search: Record<string, unknown>): { page: number; size: number } => ({
    page: positiveInt(search.page, 1),
    size: pageSize(search.size, fallbackSize),
  })

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: async ({ context }) => {
    await restoreSession()
    if (!authSession.accessToken) throw redirect({ to: '/login' })
    // Each role starts on its own main page: admins on their home (KPIs, reports), clinicians on their agenda.
    const me = await context.queryClient.ensureQueryData(meQueryOptions()).catch(() => null)
    const roles = me?.roles ?? []
    throw redirect({
      to: roles.includes('ADMIN') ? '/admin' : roles.includes('CLINICIAN') ? '/agenda' : roles.includes('MEMBER') ? '/today' : '/profile',
    })
  },
})

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string; reason?: (typeof loginReasons)[number] } => ({
    redirect: safeRedirect(search.redirect),
    reason: loginReasons.find((reason) => reason === search.reason),
  }),
  beforeLoad: ({ search }) => redirectMembers(search.redirect),
}).lazy(() => import('./routes/auth/login').then((page) => page.Route))

const registerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'register',
  beforeLoad: () => redirectMembers(undefined),
}).lazy(() => import('./routes/auth/register').then((page) => page.Route))

const verifyEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'verify-email',
  validateSearch: tokenSearch,
}).lazy(() => import('./routes/auth/verify-email').then((page) => page.Route))

const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'forgot-password',
}).lazy(() => import('./routes/auth/forgot-password').then((page) => page.Route))

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'reset-password',
  validateSearch: tokenSearch,
}).lazy(() => import('./routes/auth/reset-password').then((page) => page.Route))

const profileRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'profile',
  validateSearch: (search: Record<string, unknown>): { welcome?: boolean } => ({
    welcome: search.welcome === true || search.welcome === 'true' ? true : undefined,
  }),
}).lazy(() => import('./routes/account/profile').then((page) => page.Route))

const settingsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'settings',
}).lazy(() => import('./routes/account/settings').then((page) => page.Route))

const todayRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'today',
  // photo: a meal photo to show (the in-app notice of its analysis links here)
  validateSearch: (search: Record<string, unknown>): { date?: string; photo?: string } => ({
    // a day the diary cannot be kept for (a typed or old link) opens today
    date: isIsoDate(search.date) && inDiaryRange(search.date) ? search.date : undefined,
    photo: stringParam(search.photo),
  }),
}).lazy(() => import('./routes/nutrition/today').then((page) => page.Route))

const trendsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'trends',
  validateSearch: (search: Record<string, unknown>): { range: (typeof trendRanges)[number] } => ({
    range: trendRanges.find((range) => range === search.range) ?? 'week',
  }),
}).lazy(() => import('./routes/nutrition/trends').then((page) => page.Route))

const foodsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'foods',
  validateSearch: (search: Record<string, unknown>): { edit?: string } => ({ edit: stringParam(search.edit) }),
}).lazy(() => import('./routes/nutrition/foods').then((page) => page.Route))

const recipeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'foods/recipe',
  validateSearch: (search: Record<string, unknown>): { id?: string; saved?: string } => ({
    id: stringParam(search.id),
    saved: stringParam(search.saved),
  }),
}).lazy(() => import('./routes/nutrition/recipe').then((page) => page.Route))

const appointmentsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'appointments',
  validateSearch: (
    search: Record<string, unknown>,
  ): { scope: (typeof appointmentScopes)[number]; page: number; size: number; booked?: boolean } => ({
    scope: appointmentScopes.find((scope) => scope === search.scope) ?? 'upcoming',
    page: positiveInt(search.page, 1),
    size: pageSize(search.size),
    booked: search.booked === true || search.booked === 'true' ? true : undefined,
  }),
}).lazy(() => import('./routes/appointments/my-appointments').then((page) => page.Route))

const findClinicianRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'appointments/book',
  validateSearch: directorySearch,
}).lazy(() => import('./routes/appointments/find-clinician').then((page) => page.Route))

const bookingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'appointments/book/$doctorId',
  validateSearch: (search: Record<string, unknown>): { week?: string } => ({
    week: isIsoDate(search.week) ? startOfWeek(search.week) : undefined,
  }),
}).lazy(() => import('./routes/appointments/booking').then((page) => page.Route))

const agendaRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'agenda',
  validateSearch: (search: Record<string, unknown>): { view: (typeof agendaViews)[number]; date?: string } => ({
    view: agendaViews.find((view) => view === search.view) ?? 'day',
    date: isIsoDate(search.date) ? search.date : undefined,
  }),
}).lazy(() => import('./routes/clinician/agenda').then((page) => page.Route))

const availabilityRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'availability',
}).lazy(() => import('./routes/clinician/availability').then((page) => page.Route))

const patientsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'patients',
  validateSearch: (search: Record<string, unknown>): { q?: string; page: number; size: number } => ({
    q: stringParam(search.q),
    page: positiveInt(search.page, 1),
    size: pageSize(search.size),
  }),
}).lazy(() => import('./routes/clinician/patients').then((page) => page.Route))

const cliniciansRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'admin/clinicians',
  validateSearch: directorySearch,
}).lazy(() => import('./routes/admin/clinicians').then((page) => page.Route))

const adminHomeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'admin',
}).lazy(() => import('./routes/admin/home').then((page) => page.Route))

const adminAppointmentsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'admin/appointments',
  validateSearch: adminAppointmentFilters,
}).lazy(() => import('./routes/admin/appointments').then((page) => page.Route))

const foodImportsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'admin/foods',
  validateSearch: tableSearch(10),
}).lazy(() => import('./routes/admin/food-imports').then((page) => page.Route))

const pricingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'pricing',
  validateSearch: (search: Record<string, unknown>): { checkout?: string } => ({ checkout: stringParam(search.checkout) }),
}).lazy(() => import('./routes/billing/pricing').then((page) => page.Route))

const sandboxCheckoutRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'checkout/sandbox/$sessionId',
}).lazy(() => import('./routes/billing/sandbox-checkout').then((page) => page.Route))

const myPlanRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'billing',
  // change: a plan picked on the pricing page, offered in the plan-change control
  validateSearch: (search: Record<string, unknown>): { change?: string } => ({ change: stringParam(search.change) }),
}).lazy(() => import('./routes/billing/my-plan').then((page) => page.Route))

const checkoutSuccessRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'billing/success',
}).lazy(() => import('./routes/billing/checkout-success').then((page) => page.Route))

const adminPaymentsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'admin/payments',
  validateSearch: (search: Record<string, unknown>): { page: number; size: number; q?: string; status?: string } => ({
    ...tableSearch(20)(search),
    q: stringParam(search.q),
    status: stringParam(search.status),
  }),
}).lazy(() => import('./routes/billing/admin-payments').then((page) => page.Route))

const adminPlansRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'admin/plans',
}).lazy(() => import('./routes/billing/admin-plans').then((page) => page.Route))

const subscriptionStatuses = ['NONE', 'TRIALING', 'ACTIVE', 'PAST_DUE', 'CANCELLED', 'EXPIRED'] as const
const memberSorts = ['name,asc', 'registeredAt,desc', 'periodEnd,asc', 'status,asc'] as const

const adminSubscriptionsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'admin/subscriptions',
  validateSearch: (
    search: Record<string, unknown>,
  ): { page: number; size: number; q?: string; status?: (typeof subscriptionStatuses)[number] } => ({
    ...tableSearch(20)(search),
    q: stringParam(search.q),
    status: subscriptionStatuses.find((status) => status === search.status),
  }),
}).lazy(() => import('./routes/billing/admin-subscriptions').then((page) => page.Route))

const adminMembersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'admin/members',
  validateSearch: (
    search: Record<string, unknown>,
  ): { page: number; size: number; q?: string; status?: (typeof subscriptionStatuses)[number]; sort: string } => ({
    ...tableSearch(20)(search),
    q: stringParam(search.q),
    status: subscriptionStatuses.find((status) => status === search.status),
    sort: memberSorts.find((sort) => sort === search.sort) ?? 'name,asc',
  }),
}).lazy(() => import('./routes/billing/admin-members').then((page) => page.Route))

const outboxRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'admin/outbox',
  validateSearch: tableSearch(20),
}).lazy(() => import('./routes/admin/outbox').then((page) => page.Route))

const progressRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'progress',
}).lazy(() => import('./routes/gamification/progress').then((page) => page.Route))

const notificationsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'notifications',
  validateSearch: (search: Record<string, unknown>): { unread: boolean; page: number } => ({
    unread: search.unread === true || search.unread === 'true',
    page: positiveInt(search.page, 1),
  }),
}).lazy(() => import('./routes/notifications/notifications').then((page) => page.Route))

const unsubscribeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'unsubscribe',
  validateSearch: tokenSearch,
}).lazy(() => import('./routes/notifications/unsubscribe').then((page) => page.Route))

const gamificationAdminRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'admin/gamification',
}).lazy(() => import('./routes/admin/gamification').then((page) => page.Route))

export const routeTree = rootRoute.addChildren([
  indexRoute,
  loginRoute,
  registerRoute,
  verifyEmailRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  pricingRoute,
  sandboxCheckoutRoute,
  unsubscribeRoute,
  signedInRoute.addChildren([
    myPlanRoute,
    checkoutSuccessRoute,
    adminPaymentsRoute,
    adminPlansRoute,
    adminMembersRoute,
    adminSubscriptionsRoute,
    profileRoute,
    settingsRoute,
    todayRoute,
    trendsRoute,
    foodsRoute,
    recipeRoute,
    appointmentsRoute,
    findClinicianRoute,
    bookingRoute,
    agendaRoute,
    availabilityRoute,
    patientsRoute,
    cliniciansRoute,
    adminHomeRoute,
    adminAppointmentsRoute,
    foodImportsRoute,
    outboxRoute,
    progressRoute,
    notificationsRoute,
    gamificationAdminRoute,
  ]),
])
