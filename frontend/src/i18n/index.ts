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
  lng: storedLanguage() ?? 'es',
  fallbackLng: 'es',
  supportedLngs: [...languages],
  interpolation: { escapeValue: false },
  returnNull: false,
})

export default i18n
