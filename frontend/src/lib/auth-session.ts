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

/**
 * How this browser's last session ended, shared by its tabs and holding nothing secret: "out"
 * after a logout or a refresh the server refused (401), so a start-up need not ask the server
 * (and log its expected 401) to learn there is no session; "in:<time>" after each sign-in.
 * Unknown (never set, or storage refused) asks.
 */
const SESSION_HINT_KEY = 'vitalia.session'

function sessionHint(): string | null {
  try {
    return localStorage.getItem(SESSION_HINT_KEY)
  } catch {
    return null
  }
}

function setSessionHint(hint: string) {
  try {
    localStorage.setItem(SESSION_HINT_KEY, hint)
  } catch {
    // storage refused (private mode, quota): start-up will ask the server
  }
}

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
    setSessionHint(`in:${Date.now()}`)
    publish({ status: 'authenticated', accessToken: tokens.accessToken, accessTokenTtl: tokens.expiresIn })
  },
  /** {@code remember}: false when the server did not say the session is over, so a reload asks again. */
  signOut(reason: SignOutReason = 'logout', remember = true) {
    if (remember) setSessionHint('out')
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
  // a sign-in in another tab while this request is out sets a new cookie this one did not carry
  const hintBefore = sessionHint()
  refreshInFlight ??= fetch('/api/auth/refresh', {
    method: 'POST',
    credentials: 'include',
    headers: { Accept: 'application/json' },
  })
    .then(async (response) => {
      if (!response.ok) {
        // only a 401 says there is no session; a 429 or a 5xx says nothing about the cookie
        authSession.signOut('expired', response.status === 401 && sessionHint() === hintBefore)
        return false
      }
      authSession.signIn((await response.json()) as TokenResponse)
      return true
    })
    .catch(() => {
      authSession.signOut('expired', false)
      return false
    })
    .finally(() => {
      refreshInFlight = null
    })
  return refreshInFlight
}

let restoring: Promise<boolean> | null = null

/**
 * Called once on start-up (and awaited by route guards) to resume a session silently. A browser
 * that ended signed out has no refresh cookie to offer, so it is anonymous without asking.
 */
export function restoreSession(): Promise<boolean> {
  restoring ??= sessionHint() === 'out' ? Promise.resolve(false).then(anonymous) : refreshAccessToken()
  return restoring
}

function anonymous() {
  if (snapshot.status === 'restoring') publish({ status: 'anonymous', accessToken: null })
  return false
}

export function useAuthSession(): Snapshot {
  return useSyncExternalStore(authSession.subscribe, () => snapshot)
}
