import { createRoute, Outlet } from '@tanstack/react-router'
import { useAuthSession } from '@/lib/auth-session'
import { VerificationBanner } from '../components/verification-banner'
import { requireSession } from './guards'
import { rootRoute } from './root'

/** Pathless layout of every page that needs a session, whatever the role. */
export const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_signedIn',
  beforeLoad: ({ location }) => requireSession(location.href),
  component: SignedInLayout,
})

function SignedInLayout() {
  const session = useAuthSession()
  // When the session ends, leaveEndedSession() (router.tsx) moves on to the sign-in page.
  if (session.status !== 'authenticated') return null
  return (
    <>
      <VerificationBanner />
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 sm:px-6 sm:py-10">
        <Outlet />
      </main>
    </>
  )
}
