import type { TFunction } from 'i18next'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { ExportViewButton, withDetail } from '@/components/ui/export-view-button'
import { errorMessage } from '@/lib/form-errors'
import { type Rule, useRules } from '../api/admin-rules'
import { inLanguage } from '../api/progress'
import { RuleForm } from './rule-form'

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

/** The rules table and the form that edits one (or creates a new one). */
export function RulesEditor() {
  const { t, i18n } = useTranslation()
  const rules = useRules()
  const [editing, setEditing] = useState<{ rule: Rule; existing: boolean; key: number } | null>(null)
  const [saved, setSaved] = useState(false)

  const edit = (rule: Rule, existing: boolean) => {
    setSaved(false)
    setEditing({ rule, existing, key: (editing?.key ?? 0) + 1 })
  }

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
      {editing && (
        <RuleForm
          key={editing.key}
          rule={editing.rule}
          existing={editing.existing}
          onSaved={() => {
            setEditing(null)
            setSaved(true)
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {saved && <Alert tone="success">{t('rules.saved')}</Alert>}
    </div>
  )
}
