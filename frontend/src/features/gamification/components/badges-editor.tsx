import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { ApiError } from '@/lib/api-client'
import { errorMessage } from '@/lib/form-errors'
import { type Badge, useBadges, useSaveBadge } from '../api/admin-rules'
import { inLanguage } from '../api/progress'

const emptyBadge: Badge = { code: '', name: { es: '', en: '' }, description: { es: '', en: '' }, icon: 'award' }

/** The badges list and the form that edits one (or creates a new one). */
export function BadgesEditor() {
  const { t, i18n } = useTranslation()
  const badges = useBadges()
  const save = useSaveBadge()
  const [draft, setDraft] = useState<Badge | null>(null)
  const [existing, setExisting] = useState(false)
  const fieldErrors = save.error instanceof ApiError ? save.error.fieldErrors : {}
  const text = (field: 'name' | 'description', language: 'es' | 'en', value: string) =>
    setDraft((current) => (current ? { ...current, [field]: { ...current[field], [language]: value } } : current))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (draft) save.mutate({ badge: draft, existing }, { onSuccess: () => setDraft(null) })
  }

  return (
    <div className="grid gap-4">
      {badges.isError && <Alert tone="danger">{errorMessage(badges.error, t)}</Alert>}
      <ul className="grid gap-2 text-sm sm:grid-cols-2">
        {badges.data?.map((badge) => (
          <li key={badge.code} className="flex items-start gap-2 rounded-xl border border-line p-3">
            <div className="grid flex-1 gap-0.5">
              <span className="font-medium">{inLanguage(badge.name, i18n.language)}</span>
              <span className="text-muted">{inLanguage(badge.description, i18n.language)}</span>
              <span className="text-xs text-muted">{badge.code}</span>
            </div>
            <Button
              variant="ghost"
              size="sm"
              onClick={() => {
                save.reset()
                setDraft(structuredClone(badge))
                setExisting(true)
              }}
            >
              {t('rules.edit')}
            </Button>
          </li>
        ))}
      </ul>
      <div>
        <Button
          variant="secondary"
          size="sm"
          onClick={() => {
            save.reset()
            setDraft(structuredClone(emptyBadge))
            setExisting(false)
          }}
        >
          {t('badges.new')}
        </Button>
      </div>
      {draft && (
        <form
          onSubmit={submit}
          className="grid gap-4 rounded-xl border border-line p-4 sm:grid-cols-2"
          noValidate
          aria-label={t('badges.form')}
        >
          {save.isError && (
            <Alert tone="danger" className="sm:col-span-2">
              {errorMessage(save.error, t)}
            </Alert>
          )}
          <FormField label={t('rules.code')} error={fieldErrors.code}>
            <Input
              value={draft.code}
              disabled={existing}
              onChange={(event) => setDraft({ ...draft, code: event.target.value.toUpperCase() })}
            />
          </FormField>
          <FormField label={t('badges.icon')} error={fieldErrors.icon}>
            <Input value={draft.icon} onChange={(event) => setDraft({ ...draft, icon: event.target.value })} />
          </FormField>
          <FormField label={t('rules.nameEs')} error={fieldErrors.name}>
            <Input value={draft.name.es} onChange={(event) => text('name', 'es', event.target.value)} />
          </FormField>
          <FormField label={t('rules.nameEn')}>
            <Input value={draft.name.en} onChange={(event) => text('name', 'en', event.target.value)} />
          </FormField>
          <FormField label={t('badges.descriptionEs')} error={fieldErrors.description}>
            <Input value={draft.description.es} onChange={(event) => text('description', 'es', event.target.value)} />
          </FormField>
          <FormField label={t('badges.descriptionEn')}>
            <Input value={draft.description.en} onChange={(event) => text('description', 'en', event.target.value)} />
          </FormField>
          <div className="flex gap-2 sm:col-span-2">
            <Button type="submit" pending={save.isPending}>
              {t('rules.save')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setDraft(null)}>
              {t('rules.cancel')}
            </Button>
          </div>
        </form>
      )}
    </div>
  )
}
