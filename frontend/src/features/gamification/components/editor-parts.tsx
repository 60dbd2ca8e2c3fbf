import type { UseFormRegisterReturn } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'

/** A problem of the whole form (not of one field), across both columns of an editor. */
export function EditorAlert({ message }: { message?: string }) {
  if (!message) return null
  return (
    <div className="sm:col-span-2">
      <FormAlert message={message} />
    </div>
  )
}

/** Save and cancel at the foot of a rule or badge editor. */
export function EditorActions({ pending, onCancel }: { pending: boolean; onCancel: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="flex gap-2 sm:col-span-2">
      <Button type="submit" pending={pending}>
        {t('rules.save')}
      </Button>
      <Button type="button" variant="secondary" onClick={onCancel}>
        {t('rules.cancel')}
      </Button>
    </div>
  )
}

interface Field {
  input: UseFormRegisterReturn
  error?: string
}

/** The Spanish and English names of a rule or badge, side by side. */
export function NameFields({ es, en }: { es: Field; en: Field }) {
  const { t } = useTranslation()
  return (
    <>
      <FormField label={t('rules.nameEs')} error={es.error}>
        <Input maxLength={120} {...es.input} />
      </FormField>
      <FormField label={t('rules.nameEn')} error={en.error}>
        <Input maxLength={120} {...en.input} />
      </FormField>
    </>
  )
}
