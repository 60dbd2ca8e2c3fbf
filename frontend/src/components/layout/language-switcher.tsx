import { useTranslation } from 'react-i18next'
import { changeLanguage, type Language, languages } from '@/i18n'
import { cn } from '@/lib/utils'

/** ES | EN toggle; the choice is remembered in localStorage. */
export function LanguageSwitcher({ onChange }: { onChange?: (language: Language) => void }) {
  const { t, i18n } = useTranslation()
  return (
    <div role="group" aria-label={t('nav.language')} className="flex rounded-lg border border-line bg-surface p-0.5 text-xs font-semibold">
      {languages.map((language) => {
        const active = i18n.language === language
        return (
          <button
            key={language}
            type="button"
            lang={language}
            aria-pressed={active}
            aria-label={t(`languages.${language}`)}
            onClick={() => {
              if (active) return
              void changeLanguage(language)
              onChange?.(language)
            }}
            className={cn(
              'rounded-md px-2 py-1 uppercase transition-colors',
              active ? 'bg-brand-700 text-white' : 'text-muted hover:text-ink',
            )}
          >
            {language}
          </button>
        )
      })}
    </div>
  )
}
