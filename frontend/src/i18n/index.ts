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

function browserLanguage(): Language {
  const browser = globalThis.navigator
  return preferredLanguage(browser?.languages?.length ? browser.languages : [browser?.language ?? ''])
}

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
