import { describe, expect, it } from 'vitest'
import type { SignedIn } from '../api/sessions'
import { deviceLabel } from './device-label'

const session = (fields: Partial<SignedIn>): SignedIn => ({
  id: 'a',
  browser: null,
  os: null,
  device: null,
  signedInAt: '2026-12-03T08:00:00Z',
  lastActiveAt: '2026-12-03T08:00:00Z',
  current: false,
  ...fields,
})

describe('a sign-in as a person recognises it', () => {
  it('names the browser and the system', () => {
    expect(deviceLabel(session({ browser: 'Firefox', os: 'Android', device: 'Mozilla/5.0 …' }), 'Unknown')).toBe('Firefox · Android')
    expect(deviceLabel(session({ os: 'iOS', device: 'Vitalia/1.0 (iPhone)' }), 'Unknown')).toBe('iOS')
  })

  it('falls back to what the app sent, cut short, and else says it is unknown', () => {
    expect(deviceLabel(session({ device: 'curl/8.5.0' }), 'Unknown')).toBe('curl/8.5.0')
    expect(deviceLabel(session({ device: 'x'.repeat(80) }), 'Unknown')).toHaveLength(60)
    expect(deviceLabel(session({}), 'Unknown')).toBe('Unknown')
  })
})
