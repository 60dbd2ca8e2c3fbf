import { describe, expect, it } from 'vitest'
import { changeableAt } from './booking-guide'

describe('changeableAt', () => {
  const policy = { cancellationWindow: 'PT24H', cancellationWindowMinutes: 24 * 60 }
  const now = new Date('2026-03-10T10:00:00Z')

  it('allows changes until the window before the start', () => {
    expect(changeableAt('2026-03-11T10:01:00Z', policy, now)).toBe(true)
    expect(changeableAt('2026-03-11T09:59:00Z', policy, now)).toBe(false)
    expect(changeableAt('2026-03-10T10:09:00Z', policy, now)).toBe(false)
  })

  it('offers nothing until the policy is known', () => {
    expect(changeableAt('2026-04-01T10:00:00Z', undefined, now)).toBe(false)
  })
})
