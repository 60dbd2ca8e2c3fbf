import { createRoute, Outlet } from '@tanstack/react-router'
import { useAuthSession } from '@/lib/auth-session'
import { VerificationBanner } from '../components/verification-banner'
import { requireSession } from './guards'
import { rootRoute } from './root'

/** Pathless layout for every page that needs a session. */
export const memberRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'member',
  beforeLoad: ({ location }) => requireSession(location.href),
  component: MemberLayout,
})

function MemberLayout() {
  const session = useAuthSession()
  // When the session ends, leaveEndedSession() (router.tsx) moves on to the sign-in page.
  if (session.status !== 'authenticated') return null
  return (
    <>
      <VerificationBanner />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6 sm:py-10">
        <Outlet />
      </main>
    </>
  )
}

