import { beforeAll, describe, expect, it } from 'vitest'
import i18n from '@/i18n'
import { draftFromFood, readCustomFood } from './custom-food-draft'

describe('readCustomFood', () => {
  beforeAll(() => i18n.changeLanguage('en'))
  const t = i18n.t.bind(i18n)

  const filled = () => {
    const draft = draftFromFood(null)
    draft.nameEs = ' Tortilla de patatas '
    draft.per100g = { kcal: '196', proteinG: '6,5', fatG: '11', carbsG: '17', fiberG: '', sugarsG: '1', sodiumMg: '' }
    draft.portions = [{ label: '1 pincho', grams: '120' }]
    return draft
  }

  it('builds the request, trimming names and keeping optional nutrients unknown', () => {
    const { input, errors } = readCustomFood(filled(), t)
    expect(errors).toEqual({})
    expect(input).toEqual({
      nameEs: 'Tortilla de patatas',
      nameEn: null,
      foodGroup: null,
      per100g: { kcal: 196, proteinG: 6.5, fatG: 11, carbsG: 17, fiberG: null, sugarsG: 1, sodiumMg: null },
      portions: [{ label: '1 pincho', grams: 120 }],
    })
  })

  it('keys errors by the server field paths', () => {
    const draft = filled()
    draft.nameEs = ''
    draft.per100g.kcal = ''
    draft.per100g.fatG = '120'
    draft.portions = [{ label: '', grams: '0' }]
    const { input, errors } = readCustomFood(draft, t)
    expect(input).toBeNull()
    expect(Object.keys(errors).sort()).toEqual(['nameEs', 'per100g.fatG', 'per100g.kcal', 'portions[0].grams', 'portions[0].label'])
  })
})

describe('draftFromFood', () => {
  it('reads back the stored values unchanged on a Spanish page, three decimals included', async () => {
    await i18n.changeLanguage('es')
    const t = i18n.t.bind(i18n)
    const stored = { kcal: 52, proteinG: 0.26, fatG: 0.17, carbsG: 13.81, fiberG: 2.4, sugarsG: 10.39, sodiumMg: 1.125 }
    const draft = draftFromFood({
      id: 'f',
      name: 'Manzana',
      nameEs: 'Manzana',
      nameEn: null,
      source: 'CUSTOM',
      foodGroup: null,
      per100g: stored,
      portions: [{ label: '1 mediana', grams: 182.125 }],
      servings: null,
    } as Parameters<typeof draftFromFood>[0])
    expect(draft.per100g.sodiumMg).toBe('1,125')
    const { input } = readCustomFood(draft, t)
    expect(input?.per100g).toEqual(stored)
    expect(input?.portions).toEqual([{ label: '1 mediana', grams: 182.125 }])
    await i18n.changeLanguage('en')
  })
})
