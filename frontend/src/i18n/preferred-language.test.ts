import { describe, expect, it } from 'vitest'
import { displayLocale, preferredLanguage } from '.'

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

describe('displayLocale', () => {
  it("writes dates and numbers in the UI's language, never in another one the browser prefers", () => {
    expect(displayLocale('en', ['es-ES'])).toBe('en')
    expect(displayLocale('es', ['en-US', 'de-DE'])).toBe('es')
  })

  it("takes the browser's regional form of the UI's language", () => {
    expect(displayLocale('es', ['en-US', 'es-MX'])).toBe('es-MX')
    expect(displayLocale('en', ['en-GB', 'es-ES'])).toBe('en-GB')
    expect(displayLocale('en', ['EN-gb'])).toBe('en-GB')
  })

  it('falls back to the language alone for a malformed tag', () => {
    expect(displayLocale('es', ['es-!!'])).toBe('es')
  })

  it('formats a date in the UI language whatever the browser says', () => {
    const date = new Date(2026, 11, 11)
    expect(new Intl.DateTimeFormat(displayLocale('es', ['en-US']), { dateStyle: 'medium' }).format(date)).toBe('11 dic 2026')
  })
})
