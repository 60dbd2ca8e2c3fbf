import { createRouter } from '@tanstack/react-router'
import { Loading } from '@/components/ui/query-state'
import { authSession } from '@/lib/auth-session'
import { queryClient } from '@/lib/query-client'
import { routeTree } from './route-tree'
import { signedInRoute } from './routes/signed-in'

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  // Shown while a page's code is still loading (after the router's short delay).
  defaultPendingComponent: () => <Loading spacious />,
  scrollRestoration: true,
})

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router
  }
}

/**
 * When a session ends while a signed-in page is open (logout, password change, failed refresh),
 * go to the sign-in page once, saying why.
 */
function leaveEndedSession() {
  let previous = authSession.snapshot.status
  authSession.subscribe(() => {
    const { status, reason } = authSession.snapshot
    const ended = previous === 'authenticated' && status === 'anonymous'
    previous = status
    if (!ended || !router.state.matches.some((match) => match.routeId === signedInRoute.id)) return
    const expired = reason === 'expired'
    void router.navigate({
      to: '/login',
      search: {
        reason: reason === 'password-changed' || reason === 'account-deleted' ? reason : expired ? 'session-expired' : undefined,
        redirect: expired ? router.state.location.href : undefined,
      },
      replace: true,
    })
  })
}

leaveEndedSession()
