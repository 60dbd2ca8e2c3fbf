import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { FormField } from '@/components/ui/form-field'
import { NativeSelect } from '@/components/ui/input'
import { errorMessage } from '@/lib/form-errors'
import { changeLanguage, isLanguage, languages } from '@/i18n'
import { useUpdateMe } from '../api/update-me'

/** Changes the UI language at once and stores it on the account (e-mails use it too). */
export function LanguageForm() {
  const { t, i18n } = useTranslation()
  const update = useUpdateMe()

  return (
    <div className="grid gap-3">
      {update.isError && <Alert tone="danger">{errorMessage(update.error, t)}</Alert>}
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
