import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslation } from 'react-i18next'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { applyServerErrors } from '@/lib/form-errors'
import { useForm } from '@/lib/use-form'
import { type Badge, useSaveBadge } from '../api/admin-rules'
import { badgeSchema, editorField } from '../utils/admin-drafts'
import { CodeInput } from './code-input'
import { EditorActions, EditorAlert, NameFields } from './editor-parts'

const fields = ['code', 'icon', 'name.es', 'description.es'] as const

type BadgeFormProps = { badge: Badge; existing: boolean; onSaved: () => void; onCancel: () => void }

/** Edits one badge (or a new one); the code of an existing badge names it and stays as it is. */
export function BadgeForm({ badge, existing, onSaved, onCancel }: BadgeFormProps) {
  const { t } = useTranslation()
  const save = useSaveBadge()
  const form = useForm({ resolver: zodResolver(badgeSchema(t)), defaultValues: structuredClone(badge) })
  const { errors } = form.formState

  const submit = form.handleSubmit(
    (edited) =>
      save.mutate(
        { badge: edited, existing },
        { onSuccess: onSaved, onError: (error) => applyServerErrors(error, form, t, (field) => editorField(field, fields)) },
      ),
    () => form.setError('root.server', { type: 'client', message: t('errors.checkFields') }),
  )

  return (
    <form
      onSubmit={submit}
      className="grid gap-4 rounded-xl border border-line p-4 sm:grid-cols-2"
      noValidate
      aria-label={t('badges.form')}
    >
      <EditorAlert message={errors.root?.server?.message} />
      <FormField label={t('rules.code')} error={errors.code?.message}>
        <CodeInput disabled={existing} {...form.register('code')} />
      </FormField>
      <FormField label={t('badges.icon')} error={errors.icon?.message}>
        <Input spellCheck={false} autoComplete="off" {...form.register('icon')} />
      </FormField>
      <NameFields
        es={{ input: form.register('name.es'), error: errors.name?.es?.message }}
        en={{ input: form.register('name.en'), error: errors.name?.en?.message }}
      />
      <FormField label={t('badges.descriptionEs')} error={errors.description?.es?.message}>
        <Input maxLength={500} {...form.register('description.es')} />
      </FormField>
      <FormField label={t('badges.descriptionEn')} error={errors.description?.en?.message}>
        <Input maxLength={500} {...form.register('description.en')} />
      </FormField>
      <EditorActions pending={save.isPending} onCancel={onCancel} />
    </form>
  )
}
