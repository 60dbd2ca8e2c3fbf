import { redirect } from '@tanstack/react-router'
import { authSession, restoreSession } from '@/lib/auth-session'

/** For pages that need a session: waits for the silent restore, then sends guests to sign in. */
export async function requireSession(href: string) {
  await restoreSession()
  if (!authSession.accessToken) throw redirect({ to: '/login', search: { redirect: href } })
}

/** For sign-in and sign-up pages: members already signed in go straight on. */
export async function redirectMembers(to: string | undefined) {
  await restoreSession()
  if (authSession.accessToken) throw redirect({ to: to ?? '/' })
}
