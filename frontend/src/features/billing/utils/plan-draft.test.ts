import { beforeAll, describe, expect, it } from 'vitest'
import i18n from '@/i18n'
import { emptyPlan, planField, planSchema } from './plan-draft'

describe('the new plan form', () => {
  beforeAll(() => i18n.changeLanguage('en'))
  const t = i18n.t.bind(i18n)

  it('builds the request with the price nested and the features listed', () => {
    const draft = {
      ...emptyPlan,
      code: 'premium',
      name: ' Premium ',
      amount: '9.99',
      trialDays: '14',
      features: 'PHOTO_ANALYSIS, , AI_SUMMARY',
    }
    expect(planSchema(t).parse(draft)).toEqual({
      code: 'premium',
      name: 'Premium',
      description: '',
      price: { amount: '9.99', currency: 'EUR' },
      period: 'P1M',
      trialDays: 14,
      features: ['PHOTO_ANALYSIS', 'AI_SUMMARY'],
    })
  })

  it('says what is wrong with each field', () => {
    const draft = { ...emptyPlan, code: 'Premium!', amount: '9,99', currency: 'eur', trialDays: '400' }
    const result = planSchema(t).safeParse(draft)
    expect(Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]))).toEqual({
      code: '2 to 40 lower-case letters, digits or dashes, starting with a letter or digit.',
      name: 'This field is required.',
      amount: 'Write the amount with a decimal point, for example 9.99.',
      currency: 'A three-letter currency code in capitals, for example EUR.',
      trialDays: 'Enter a value between 0 and 365 days.',
    })
  })

  it("puts the server's nested and numbered fields on the form's inputs", () => {
    expect(planField('price.amount')).toBe('amount')
    expect(planField('price.currency')).toBe('currency')
    expect(planField('features[2]')).toBe('features')
    expect(planField('code')).toBe('code')
    expect(planField('archived')).toBeUndefined()
  })
})
