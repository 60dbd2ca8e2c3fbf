import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en, es } from './locales'

export const languages = ['es', 'en'] as const
export type Language = (typeof languages)[number]

const storageKey = 'vitalia.language'

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value)
}

function storedLanguage(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(storageKey)
    return isLanguage(value) ? value : null
  } catch {
    return null
  }
}

/**
 * The first of the browser's preferred languages (`navigator.languages`, most wanted first) that
 * the UI speaks, by its primary subtag ('en-GB' is English); Spanish when none is.
 */
export function preferredLanguage(wanted: readonly string[] | undefined): Language {
  for (const tag of wanted ?? []) {
    const primary = tag.split('-')[0]?.toLowerCase()
    if (isLanguage(primary)) return primary
  }
  return 'es'
}

function browserPreferences(): readonly string[] {
  const browser = globalThis.navigator
  return browser?.languages?.length ? browser.languages : [browser?.language ?? '']
}

function browserLanguage(): Language {
  return preferredLanguage(browserPreferences())
}

/**
 * The locale dates and numbers are written in: the UI's language, so a page never mixes two
 * ("Renews on Dec 11" beside "Se renueva el"), in the browser's regional form of that language
 * when it prefers one (es-MX, en-GB: their own date order and separators).
 */
export function displayLocale(language: string, wanted: readonly string[] = browserPreferences()): string {
  const primary = language.split('-')[0]?.toLowerCase() ?? language
  const regional = wanted.find((tag) => tag.split('-')[0]?.toLowerCase() === primary)
  if (regional) {
    try {
      return Intl.getCanonicalLocales(regional)[0] ?? primary
    } catch {
      // not a well-formed tag: the language alone
    }
  }
  return primary
}

/** {@link displayLocale} for the UI's current language. */
export const currentDisplayLocale = () => displayLocale(i18n.language || 'es')

/** Switches the UI language and remembers the choice in this browser. */
export function changeLanguage(language: Language) {
  try {
    globalThis.localStorage?.setItem(storageKey, language)
  } catch {
    // Private mode: the choice just won't survive a reload.
  }
  return i18n.changeLanguage(language)
}

/** True once the user picked a language in this browser (their choice beats the account's). */
export function hasStoredLanguage() {
  return storedLanguage() !== null
}

i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language
})

void i18n.use(initReactI18next).init({
  resources: { es: { translation: es }, en: { translation: en } },
  lng: storedLanguage() ?? browserLanguage(),
  fallbackLng: 'es',
  supportedLngs: [...languages],
  interpolation: { escapeValue: false },
  returnNull: false,
})

export default i18n
