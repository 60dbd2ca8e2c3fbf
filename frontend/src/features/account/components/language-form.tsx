import { useTranslation } from 'react-i18next'
import { FormField } from '@/components/ui/form-field'
import { NativeSelect } from '@/components/ui/input'
import { QueryError } from '@/components/ui/query-state'
import { changeLanguage, isLanguage, languages } from '@/i18n'
import { useUpdateMe } from '../api/update-me'

/** Changes the UI language at once and stores it on the account (e-mails use it too). */
export function LanguageForm() {
  const { t, i18n } = useTranslation()
  const update = useUpdateMe()

  return (
    <div className="grid gap-3">
      {update.isError && <QueryError error={update.error} />}
      <FormField label={t('settings.language')} hint={t('settings.languageHint')}>
        <NativeSelect
          value={i18n.language}
          onChange={(event) => {
            const language = event.target.value
            if (!isLanguage(language)) return
            void changeLanguage(language)
            update.mutate({ locale: language })
          }}
        >
          {languages.map((language) => (
            <option key={language} value={language}>
              {t(`languages.${language}`)}
            </option>
          ))}
        </NativeSelect>
      </FormField>
    </div>
  )
}
