import { beforeAll, describe, expect, it } from 'vitest'
import i18n from '@/i18n'
import { amountText, emptyPlan, planField, planSchema, planTextsSchema } from './plan-draft'

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
      features: ['PHOTO_ANALYSIS', 'AI_SUMMARY'] as const,
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

  it('sends the English name and description trimmed, and leaves them out when empty', () => {
    const draft = { ...emptyPlan, code: 'full', name: 'Completo', amount: '5', nameEn: ' Complete ', descriptionEn: 'Everything' }
    const parsed = planSchema(t).parse(draft)
    expect(parsed.nameEn).toBe('Complete')
    expect(parsed.descriptionEn).toBe('Everything')
    const spanishOnly = planSchema(t).parse({ ...draft, nameEn: '  ', descriptionEn: '' })
    expect(spanishOnly.nameEn).toBeUndefined()
    expect(spanishOnly.descriptionEn).toBeUndefined()
  })

  it('keeps an emptied English name as empty text when editing, which removes it', () => {
    const texts = planTextsSchema(t).parse({ name: ' Completo ', description: '', nameEn: '  ', descriptionEn: 'x' })
    expect(texts).toEqual({ name: 'Completo', description: '', nameEn: '', descriptionEn: 'x' })
    const tooLong = planTextsSchema(t).safeParse({ name: 'Completo', description: '', nameEn: 'x'.repeat(121), descriptionEn: '' })
    expect(tooLong.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['nameEn'])
  })

  it('says what is wrong with each field', () => {
    const draft = { ...emptyPlan, code: 'Premium!', amount: '9.9999', currency: 'eur', trialDays: '400' }
    const result = planSchema(t).safeParse(draft)
    expect(Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]))).toEqual({
      code: '2 to 40 lower-case letters, digits or dashes, starting with a letter or digit.',
      name: 'This field is required.',
      amount: 'Write an amount above zero, up to seven digits and the decimals of the currency, for example 9.99.',
      currency: 'A three-letter currency code in capitals, for example EUR.',
      trialDays: 'Enter a value between 0 and 365 days.',
    })
  })

  it('reads the features as ticked: none ticked is an empty list, never an unknown code', () => {
    const base = { ...emptyPlan, code: 'basic', name: 'Basic', amount: '4.99' }
    expect(planSchema(t).parse({ ...base, features: false }).features).toEqual([])
    expect(planSchema(t).parse({ ...base, features: ['AI_SUMMARY'] }).features).toEqual(['AI_SUMMARY'])
    expect(planSchema(t).safeParse({ ...base, features: ['FAMILY'] }).success).toBe(false)
  })

  it('takes a price typed with a decimal comma, as a Spanish keyboard writes it, and sends it with a point', () => {
    expect(planSchema(t).parse({ ...emptyPlan, code: 'basic', name: 'Basic', amount: ' 4,5 ' }).price).toEqual({
      amount: '4.5',
      currency: 'EUR',
    })
    expect(amountText(t).safeParse('4,50,1').success).toBe(false)
    expect(amountText(t).safeParse('0').success).toBe(false)
    expect(amountText(t).safeParse('0,00').success).toBe(false)
  })

  it("puts the server's nested and numbered fields on the form's inputs", () => {
    expect(planField('price.amount')).toBe('amount')
    expect(planField('price.currency')).toBe('currency')
    expect(planField('features[2]')).toBe('features')
    expect(planField('code')).toBe('code')
    expect(planField('archived')).toBeUndefined()
  })
})
