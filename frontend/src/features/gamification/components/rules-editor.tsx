import type { TFunction } from 'i18next'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { ExportViewButton, withDetail } from '@/components/ui/export-view-button'
import { FormField } from '@/components/ui/form-field'
import { Input, NativeSelect } from '@/components/ui/input'
import { ApiError } from '@/lib/api-client'
import { errorMessage } from '@/lib/form-errors'
import { conditionKinds, type Rule, triggers, useBadges, useRules, useSaveRule } from '../api/admin-rules'
import { inLanguage } from '../api/progress'

const emptyRule: Rule = {
  code: '',
  name: { es: '', en: '' },
  trigger: 'FOOD_LOGGED',
  condition: { kind: 'EACH', n: null, withinDays: null, days: null },
  points: 10,
  badgeCode: null,
  active: true,
  validFrom: null,
  validTo: null,
}

/** A rule's condition in words, as its cell and the export say it. */
const conditionText = (t: TFunction, rule: Rule) =>
  t(`rules.kinds.${rule.condition.kind}`, { n: rule.condition.n, days: rule.condition.days ?? rule.condition.withinDays })
/** The small line under a rule's name: its code, and whether it is switched off. */
const ruleTags = (t: TFunction, rule: Rule) => (rule.active ? rule.code : `${rule.code} ${t('rules.inactive')}`)

const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value))

/** The rules table and the form that edits one (or creates a new one). */
export function RulesEditor() {
  const { t, i18n } = useTranslation()
  const rules = useRules()
  const badges = useBadges()
  const save = useSaveRule()
  const [draft, setDraft] = useState<Rule | null>(null)
  const [existing, setExisting] = useState(false)
  const fieldErrors = save.error instanceof ApiError ? save.error.fieldErrors : {}

  const edit = (rule: Rule, isExisting: boolean) => {
    save.reset()
    setDraft(structuredClone(rule))
    setExisting(isExisting)
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (draft) save.mutate({ rule: draft, existing }, { onSuccess: () => setDraft(null) })
  }
  const update = (change: Partial<Rule>) => setDraft((current) => (current ? { ...current, ...change } : current))
  const updateCondition = (change: Partial<Rule['condition']>) =>
    setDraft((current) => (current ? { ...current, condition: { ...current.condition, ...change } } : current))

  return (
    <div className="grid gap-4">
      {rules.isError && <Alert tone="danger">{errorMessage(rules.error, t)}</Alert>}
      <div className="flex justify-end">
        <ExportViewButton
          rows={rules.data ?? []}
          fileName="rules-view"
          columns={[
            { header: t('rules.name'), value: (rule) => withDetail(inLanguage(rule.name, i18n.language), ruleTags(t, rule)) },
            { header: t('rules.trigger'), value: (rule) => t(`rules.triggers.${rule.trigger}`) },
            { header: t('rules.condition'), value: (rule) => conditionText(t, rule) },
            { header: t('rules.points'), value: (rule) => rule.points },
          ]}
        />
      </div>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[36rem] text-sm">
          <thead>
            <tr className="text-left text-muted">
              <th className="py-2 font-medium">{t('rules.name')}</th>
              <th className="py-2 font-medium">{t('rules.trigger')}</th>
              <th className="py-2 font-medium">{t('rules.condition')}</th>
              <th className="py-2 text-right font-medium">{t('rules.points')}</th>
              <th className="py-2" />
            </tr>
          </thead>
          <tbody>
            {rules.data?.map((rule) => (
              <tr key={rule.code} className="border-t border-line" data-testid={`rule-${rule.code}`}>
                <td className="py-2 pr-2">
                  <span className="font-medium">{inLanguage(rule.name, i18n.language)}</span>
                  <span className="block text-xs text-muted">
                    {rule.code} {!rule.active && <Badge tone="warning">{t('rules.inactive')}</Badge>}
                  </span>
                </td>
                <td className="py-2 pr-2">{t(`rules.triggers.${rule.trigger}`)}</td>
                <td className="py-2 pr-2">{conditionText(t, rule)}</td>
                <td className="py-2 text-right" data-testid={`rule-points-${rule.code}`}>
                  {rule.points}
                </td>
                <td className="py-2 text-right">
                  <Button variant="ghost" size="sm" onClick={() => edit(rule, true)} aria-label={t('rules.editNamed', { name: rule.code })}>
                    {t('rules.edit')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div>
        <Button variant="secondary" size="sm" onClick={() => edit(emptyRule, false)}>
          {t('rules.new')}
        </Button>
      </div>
      {draft && (
        <form
          onSubmit={submit}
          className="grid gap-4 rounded-xl border border-line p-4 sm:grid-cols-2"
          noValidate
          aria-label={t('rules.form')}
        >
          {save.isError && (
            <Alert tone="danger" className="sm:col-span-2">
              {errorMessage(save.error, t)}
            </Alert>
          )}
          <FormField label={t('rules.code')} error={fieldErrors.code}>
            <Input value={draft.code} disabled={existing} onChange={(event) => update({ code: event.target.value.toUpperCase() })} />
          </FormField>
          <FormField label={t('rules.points')} error={fieldErrors.points}>
            <Input
              type="number"
              inputMode="numeric"
              value={draft.points}
              onChange={(event) => update({ points: Number(event.target.value) })}
            />
          </FormField>
          <FormField label={t('rules.nameEs')} error={fieldErrors.name}>
            <Input value={draft.name.es} onChange={(event) => update({ name: { ...draft.name, es: event.target.value } })} />
          </FormField>
          <FormField label={t('rules.nameEn')}>
            <Input value={draft.name.en} onChange={(event) => update({ name: { ...draft.name, en: event.target.value } })} />
          </FormField>
          <FormField label={t('rules.trigger')} error={fieldErrors.trigger}>
            <NativeSelect value={draft.trigger} onChange={(event) => update({ trigger: event.target.value as Rule['trigger'] })}>
              {triggers.map((trigger) => (
                <option key={trigger} value={trigger}>
                  {t(`rules.triggers.${trigger}`)}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <FormField label={t('rules.condition')} error={fieldErrors['condition.kind']}>
            <NativeSelect
              value={draft.condition.kind}
              onChange={(event) => updateCondition({ kind: event.target.value as Rule['condition']['kind'] })}
            >
              {conditionKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`rules.kindNames.${kind}`)}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          {draft.condition.kind === 'COUNT' && (
            <>
              <FormField label={t('rules.n')} error={fieldErrors['condition.n']}>
                <Input
                  type="number"
                  value={draft.condition.n ?? ''}
                  onChange={(event) => updateCondition({ n: numberOrNull(event.target.value) })}
                />
              </FormField>
              <FormField label={t('rules.withinDays')} error={fieldErrors['condition.withinDays']}>
                <Input
                  type="number"
                  value={draft.condition.withinDays ?? ''}
                  onChange={(event) => updateCondition({ withinDays: numberOrNull(event.target.value) })}
                />
              </FormField>
            </>
          )}
          {draft.condition.kind === 'STREAK' && (
            <FormField label={t('rules.days')} error={fieldErrors['condition.days']}>
              <Input
                type="number"
                value={draft.condition.days ?? ''}
                onChange={(event) => updateCondition({ days: numberOrNull(event.target.value) })}
              />
            </FormField>
          )}
          <FormField label={t('rules.badge')} error={fieldErrors.badgeCode}>
            <NativeSelect value={draft.badgeCode ?? ''} onChange={(event) => update({ badgeCode: event.target.value || null })}>
              <option value="">{t('rules.noBadge')}</option>
              {badges.data?.map((badge) => (
                <option key={badge.code} value={badge.code}>
                  {inLanguage(badge.name, i18n.language)}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <label className="flex items-center gap-2 self-end pb-2 text-sm">
            <input
              type="checkbox"
              className="size-4 accent-brand-700"
              checked={draft.active}
              onChange={(event) => update({ active: event.target.checked })}
            />
            {t('rules.active')}
          </label>
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
      {save.isSuccess && !draft && <Alert tone="success">{t('rules.saved')}</Alert>}
    </div>
  )
}
