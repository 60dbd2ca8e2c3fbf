import { createRouter } from '@tanstack/react-router'
import { authSession } from '@/lib/auth-session'
import { queryClient } from '@/lib/query-client'
import { foodImportsRoute } from './routes/food-imports'
import { memberRoute } from './routes/member'
import { foodsRoute, recipeRoute, todayRoute, trendsRoute } from './routes/nutrition'
import { outboxRoute } from './routes/outbox'
import { profileRoute } from './routes/profile'
import {
  forgotPasswordRoute,
  indexRoute,
  loginRoute,
  registerRoute,
  resetPasswordRoute,
  verifyEmailRoute,
} from './routes/public'
import { rootRoute } from './routes/root'
import {
  adminAppointmentsRoute,
  agendaRoute,
  appointmentsRoute,
  availabilityRoute,
  cliniciansRoute,
  doctorBookingRoute,
  findClinicianRoute,
  patientsRoute,
} from './routes/scheduling'
import { settingsRoute } from './routes/settings'

const routeTree = rootRoute.addChildren([
  indexRoute,
  loginRoute,
  registerRoute,
  verifyEmailRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  memberRoute.addChildren([
    profileRoute,
    settingsRoute,
    outboxRoute,
    foodImportsRoute,
    todayRoute,
    trendsRoute,
    foodsRoute,
    recipeRoute,
    appointmentsRoute,
    findClinicianRoute,
    doctorBookingRoute,
    agendaRoute,
    availabilityRoute,
    patientsRoute,
    cliniciansRoute,
    adminAppointmentsRoute,
  ]),
])

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  scrollRestoration: true,
})

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router
  }
}

/**
 * When a session ends while a member page is open (logout, password change, failed refresh),
 * go to the sign-in page once, saying why.
 */
function leaveEndedSession() {
  let previous = authSession.snapshot.status
  authSession.subscribe(() => {
    const { status, reason } = authSession.snapshot
    const ended = previous === 'authenticated' && status === 'anonymous'
    previous = status
    if (!ended || !router.state.matches.some((match) => match.routeId === memberRoute.id)) return
    const expired = reason === 'expired'
    void router.navigate({
      to: '/login',
      search: {
        reason: reason === 'password-changed' ? 'password-changed' : expired ? 'session-expired' : undefined,
        redirect: expired ? router.state.location.href : undefined,
      },
      replace: true,
    })
  })
}

leaveEndedSession()
