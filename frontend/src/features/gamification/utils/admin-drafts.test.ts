import { beforeAll, describe, expect, it } from 'vitest'
import i18n from '@/i18n'
import type { Rule } from '../api/admin-rules'
import { badgeSchema, draftFromRule, editorField, ruleSchema } from './admin-drafts'

const rule: Rule = {
  code: 'PROFILE_COMPLETED',
  name: { es: 'Perfil completo', en: 'Profile complete' },
  trigger: 'PROFILE_COMPLETED',
  condition: { kind: 'FIRST_TIME', n: null, withinDays: null, days: null },
  points: 50,
  badgeCode: 'PROFILE_COMPLETE',
  active: true,
  validFrom: null,
  validTo: null,
}

describe('rule and badge forms', () => {
  beforeAll(() => i18n.changeLanguage('en'))
  const t = i18n.t.bind(i18n)
  const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]))

  it('round-trips a rule', () => {
    // toEqual passes over the undefined fields: the validity period is not the form's
    expect(ruleSchema(t).parse(draftFromRule(rule))).toEqual({ ...rule, validFrom: undefined, validTo: undefined })
  })

  it('checks and sends only the numbers the condition uses', () => {
    const draft = draftFromRule(rule)
    draft.condition = { kind: 'COUNT', n: '5', withinDays: '', days: '0' }
    expect(ruleSchema(t).parse(draft).condition).toEqual({ kind: 'COUNT', n: 5, withinDays: null, days: null })
    draft.condition = { kind: 'STREAK', n: '', withinDays: '', days: '400' }
    expect(issues(ruleSchema(t).safeParse(draft))).toEqual({ 'condition.days': 'Enter a value between 1 and 365 days.' })
  })

  it('names every wrong field at once', () => {
    const draft = draftFromRule(rule)
    draft.code = 'p'
    draft.name.en = ' '
    draft.points = '-1'
    draft.condition = { kind: 'COUNT', n: '', withinDays: '2,5', days: '' }
    expect(issues(ruleSchema(t).safeParse(draft))).toEqual({
      code: '2 to 60 capital letters, digits or underscores (_).',
      'name.en': 'This field is required.',
      points: 'Enter a value between 0 and 100000 points.',
      'condition.n': 'Enter a value between 1 and 10000 times.',
      'condition.withinDays': 'Enter a value between 1 and 365 days.',
    })
  })

  it('wants a badge icon name and both texts', () => {
    const badge = {
      code: 'EARLY_BIRD',
      name: { es: 'Madrugador', en: '' },
      description: { es: 'x'.repeat(501), en: 'Up early' },
      icon: 'Sun',
    }
    expect(Object.keys(issues(badgeSchema(t).safeParse(badge))).sort()).toEqual(['description.es', 'icon', 'name.en'])
  })

  it('puts server errors about a text in both languages under the Spanish input', () => {
    const fields = ['code', 'name.es', 'condition.n'] as const
    expect(editorField('name', fields)).toBe('name.es')
    expect(editorField('condition.n', fields)).toBe('condition.n')
    expect(editorField('validTo', fields)).toBeUndefined()
  })
})
