import { zodResolver } from '@hookform/resolvers/zod'
import { useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { FormField } from '@/components/ui/form-field'
import { Input, NativeSelect } from '@/components/ui/input'
import { applyServerErrors } from '@/lib/form-errors'
import { useForm } from '@/lib/use-form'
import { conditionKinds, type Rule, triggers, useBadges, useSaveRule } from '../api/admin-rules'
import { inLanguage } from '../api/progress'
import { draftFromRule, editorField, ruleSchema } from '../utils/admin-drafts'
import { CodeInput } from './code-input'
import { EditorActions, EditorAlert, NameFields } from './editor-parts'

const fields = [
  'code',
  'name.es',
  'points',
  'trigger',
  'condition.kind',
  'condition.n',
  'condition.withinDays',
  'condition.days',
  'badgeCode',
] as const

type RuleFormProps = { rule: Rule; existing: boolean; onSaved: () => void; onCancel: () => void }

/** Edits one rule (or a new one); the code of an existing rule names it and stays as it is. */
export function RuleForm({ rule, existing, onSaved, onCancel }: RuleFormProps) {
  const { t, i18n } = useTranslation()
  const badges = useBadges()
  const save = useSaveRule()
  const form = useForm({ resolver: zodResolver(ruleSchema(t)), defaultValues: draftFromRule(rule) })
  const { errors } = form.formState
  const kind = useWatch({ control: form.control, name: 'condition.kind' })

  const submit = form.handleSubmit(
    (edited) =>
      save.mutate(
        // The validity period is not edited here: it is sent back as it was.
        { rule: { ...rule, ...edited }, existing },
        { onSuccess: onSaved, onError: (error) => applyServerErrors(error, form, t, (field) => editorField(field, fields)) },
      ),
    () => form.setError('root.server', { type: 'client', message: t('errors.checkFields') }),
  )

  return (
    <form onSubmit={submit} className="grid gap-4 rounded-xl border border-line p-4 sm:grid-cols-2" noValidate aria-label={t('rules.form')}>
      <EditorAlert message={errors.root?.server?.message} />
      <FormField label={t('rules.code')} error={errors.code?.message}>
        <CodeInput disabled={existing} {...form.register('code')} />
      </FormField>
      <FormField label={t('rules.points')} error={errors.points?.message}>
        <Input type="number" inputMode="numeric" {...form.register('points')} />
      </FormField>
      <NameFields
        es={{ input: form.register('name.es'), error: errors.name?.es?.message }}
        en={{ input: form.register('name.en'), error: errors.name?.en?.message }}
      />
      <FormField label={t('rules.trigger')} error={errors.trigger?.message}>
        <NativeSelect {...form.register('trigger')}>
          {triggers.map((trigger) => (
            <option key={trigger} value={trigger}>
              {t(`rules.triggers.${trigger}`)}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField label={t('rules.condition')} error={errors.condition?.kind?.message}>
        <NativeSelect {...form.register('condition.kind')}>
          {conditionKinds.map((option) => (
            <option key={option} value={option}>
              {t(`rules.kindNames.${option}`)}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      {kind === 'COUNT' && (
        <>
          <FormField label={t('rules.n')} error={errors.condition?.n?.message}>
            <Input type="number" {...form.register('condition.n')} />
          </FormField>
          <FormField label={t('rules.withinDays')} error={errors.condition?.withinDays?.message}>
            <Input type="number" {...form.register('condition.withinDays')} />
          </FormField>
        </>
      )}
      {kind === 'STREAK' && (
        <FormField label={t('rules.days')} error={errors.condition?.days?.message}>
          <Input type="number" {...form.register('condition.days')} />
        </FormField>
      )}
      {/* Drawn again once the badges arrive, so the rule's badge shows as chosen. */}
      <FormField label={t('rules.badge')} error={errors.badgeCode?.message}>
        <NativeSelect key={badges.data ? 'badges' : 'loading'} {...form.register('badgeCode')}>
          <option value="">{t('rules.noBadge')}</option>
          {badges.data?.map((badge) => (
            <option key={badge.code} value={badge.code}>
              {inLanguage(badge.name, i18n.language)}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <label className="flex items-center gap-2 self-end pb-2 text-sm">
        <input type="checkbox" className="size-4 accent-brand-700" {...form.register('active')} />
        {t('rules.active')}
      </label>
      <EditorActions pending={save.isPending} onCancel={onCancel} />
    </form>
  )
}
