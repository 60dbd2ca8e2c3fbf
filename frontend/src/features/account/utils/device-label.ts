import type { SignedIn } from '../api/sessions'

/** What a person recognises of a sign-in: "Firefox · Android", else the text the app sent, else "Unknown device". */
export function deviceLabel(session: SignedIn, unknown: string): string {
  const named = [session.browser, session.os].filter(Boolean).join(' · ')
  if (named) return named
  if (session.device) return session.device.length > 60 ? `${session.device.slice(0, 59)}…` : session.device
  return unknown
}
