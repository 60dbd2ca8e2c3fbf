import { useSyncExternalStore } from 'react'

/**
 * The access token lives only in memory; the refresh token is an HttpOnly cookie the
 * browser sends to /api/auth/refresh. A page reload therefore restores the session
 * through {@link restoreSession}.
 */
export type SessionStatus = 'restoring' | 'authenticated' | 'anonymous'

/** Why a session ended, so the app can tell the user on the sign-in page. */
export type SignOutReason = 'logout' | 'password-changed' | 'account-deleted' | 'expired'

/** {@code accessTokenTtl}: how long, in seconds, the server lets an access token live (every device's alike). */
type Snapshot = { status: SessionStatus; accessToken: string | null; accessTokenTtl?: number; reason?: SignOutReason }

export type TokenResponse = {
  accessToken: string
  tokenType: string
  expiresIn: number
  refreshToken?: string
}

let snapshot: Snapshot = { status: 'restoring', accessToken: null }
const listeners = new Set<() => void>()

function publish(next: Snapshot) {
  snapshot = next
  listeners.forEach((listener) => listener())
}

export const authSession = {
  get snapshot() {
    return snapshot
  },
  get accessToken() {
    return snapshot.accessToken
  },
  signIn(tokens: TokenResponse) {
    publish({ status: 'authenticated', accessToken: tokens.accessToken, accessTokenTtl: tokens.expiresIn })
  },
  signOut(reason: SignOutReason = 'logout') {
    publish({ status: 'anonymous', accessToken: null, reason })
  },
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}

let refreshInFlight: Promise<boolean> | null = null

/** Exchanges the refresh cookie for a new access token; concurrent callers share one request. */
export function refreshAccessToken(): Promise<boolean> {
  refreshInFlight ??= fetch('/api/auth/refresh', {
    method: 'POST',
    credentials: 'include',
    headers: { Accept: 'application/json' },
  })
    .then(async (response) => {
      if (!response.ok) {
        authSession.signOut('expired')
        return false
      }
      authSession.signIn((await response.json()) as TokenResponse)
      return true
    })
    .catch(() => {
      authSession.signOut('expired')
      return false
    })
    .finally(() => {
      refreshInFlight = null
    })
  return refreshInFlight
}

let restoring: Promise<boolean> | null = null

/** Called once on start-up (and awaited by route guards) to resume a session silently. */
export function restoreSession(): Promise<boolean> {
  restoring ??= refreshAccessToken()
  return restoring
}

export function useAuthSession(): Snapshot {
  return useSyncExternalStore(authSession.subscribe, () => snapshot)
}
