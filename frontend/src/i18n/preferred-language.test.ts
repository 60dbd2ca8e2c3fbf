import { describe, expect, it } from 'vitest'
import { preferredLanguage } from '.'

describe('preferredLanguage', () => {
  it('takes the first language the browser prefers that the UI speaks', () => {
    expect(preferredLanguage(['de-DE', 'en-GB', 'es-ES'])).toBe('en')
    expect(preferredLanguage(['es-MX', 'en-US'])).toBe('es')
  })

  it('matches by the primary subtag, whatever its case', () => {
    expect(preferredLanguage(['EN-us'])).toBe('en')
    expect(preferredLanguage(['en'])).toBe('en')
  })

  it('falls back to Spanish when the browser prefers nothing the UI speaks', () => {
    expect(preferredLanguage(['fr-FR', 'pt-BR'])).toBe('es')
    expect(preferredLanguage([])).toBe('es')
    expect(preferredLanguage(undefined)).toBe('es')
  })
})
