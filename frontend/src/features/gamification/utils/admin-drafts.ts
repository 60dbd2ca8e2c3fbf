import type { TFunction } from 'i18next'
import { z } from 'zod'
import { boundedText } from '@/lib/schemas'
import { conditionKinds, type Rule, triggers } from '../api/admin-rules'

// The form values of the rule and badge editors, checked the way RuleDraft and BadgeDraft are
// on the server; they are nested like the requests, so the server's paths name the same fields.

/** Rule and badge codes: 2 to 60 capital letters, digits or underscores. */
const code = (t: TFunction) => z.string().regex(/^[A-Z0-9_]{2,60}$/, t('rules.codeFormat'))

/** A text in both languages, each required and at most `max` characters. */
const bilingual = (t: TFunction, max: number) => z.object({ es: boundedText(t, max), en: boundedText(t, max) })

/** A whole number typed in a text box, within bounds; blank is null when `optional`, undefined when wrong. */
function readCount(raw: string, min: number, max: number, optional = false): number | null | undefined {
  if (!raw.trim()) return optional ? null : undefined
  const value = Number(raw.trim())
  return Number.isInteger(value) && value >= min && value <= max ? value : undefined
}

export type RuleDraft = {
  code: string
  name: { es: string; en: string }
  trigger: Rule['trigger']
  condition: { kind: Rule['condition']['kind']; n: string; withinDays: string; days: string }
  points: string
  badgeCode: string
  active: boolean
}

const text = (value: number | null) => (value == null ? '' : String(value))

export function draftFromRule(rule: Rule): RuleDraft {
  const { n, withinDays, days } = rule.condition
  return {
    code: rule.code,
    name: { ...rule.name },
    trigger: rule.trigger,
    condition: { kind: rule.condition.kind, n: text(n), withinDays: text(withinDays), days: text(days) },
    points: String(rule.points),
    badgeCode: rule.badgeCode ?? '',
    active: rule.active,
  }
}

/** Parses the rule form into the rule's edited fields; only the numbers its condition uses are checked and sent. */
export function ruleSchema(t: TFunction) {
  const days = t('rules.units.days')
  const range = (min: number, max: number, unit: string) => t('validation.range', { min, max, unit })
  const condition = z
    .object({ kind: z.enum(conditionKinds), n: z.string(), withinDays: z.string(), days: z.string() })
    .transform((draft, ctx): Rule['condition'] => {
      const read = (field: 'n' | 'withinDays' | 'days', max: number, unit: string, optional = false) => {
        const value = readCount(draft[field], 1, max, optional)
        if (value === undefined) ctx.addIssue({ code: 'custom', path: [field], message: range(1, max, unit) })
        return value ?? null
      }
      if (draft.kind === 'COUNT') {
        return {
          kind: draft.kind,
          n: read('n', 10000, t('rules.units.times')),
          withinDays: read('withinDays', 365, days, true),
          days: null,
        }
      }
      return { kind: draft.kind, n: null, withinDays: null, days: draft.kind === 'STREAK' ? read('days', 365, days) : null }
    })
  return z
    .object({
      code: code(t),
      name: bilingual(t, 120),
      trigger: z.enum(triggers),
      condition,
      points: z.string().transform((raw, ctx) => {
        const points = readCount(raw, 0, 100000)
        if (points == null) ctx.addIssue({ code: 'custom', message: range(0, 100000, t('rules.units.points')) })
        return points ?? 0
      }),
      badgeCode: z.string().transform((badge) => badge || null),
      active: z.boolean(),
    })
    .transform((draft): Omit<Rule, 'validFrom' | 'validTo'> => draft)
}

/** Parses the badge form into the badge. */
export function badgeSchema(t: TFunction) {
  return z.object({
    code: code(t),
    name: bilingual(t, 120),
    description: bilingual(t, 500),
    icon: z.string().regex(/^[a-z0-9-]{1,60}$/, t('badges.iconFormat')),
  })
}

/**
 * Where a server error goes: a text in both languages is one server field ("name"), shown under
 * its Spanish input; other server paths are the form's own.
 */
export function editorField<F extends string>(serverField: string, fields: readonly F[]): F | undefined {
  const field = ['name', 'description'].includes(serverField) ? `${serverField}.es` : serverField
  return fields.find((known) => known === field)
}
