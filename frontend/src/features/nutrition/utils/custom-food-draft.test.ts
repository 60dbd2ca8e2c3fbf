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
