import type { TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import type { Candidate } from '../api/meal-photos'
import { candidateField, candidatesSchema, confirmItems, draftFromCandidates, kcalOf } from './candidates-draft'

const t = ((key: string) => key) as unknown as TFunction

const pizza: Candidate = {
  label: 'Pizza',
  confidence: 91.2,
  foodId: 'f-pizza',
  name: 'Pizza',
  grams: 107,
  portion: '1 slice',
  count: 2,
  nutrients: { kcal: 285, proteinG: 12, fatG: 10, carbsG: 36 },
  portions: [
    { label: '1 slice', grams: 107 },
    { label: '1 pie', grams: 856 },
  ],
}
const salad: Candidate = {
  ...pizza,
  label: 'Salad',
  foodId: 'f-salad',
  name: 'Salad',
  grams: 150,
  portion: null,
  count: null,
  portions: [],
}

describe('candidates draft', () => {
  it('starts from what was seen and confirms only the kept candidates', () => {
    const draft = draftFromCandidates([pizza, salad])
    expect(draft.items).toEqual([
      { keep: true, portion: '1 slice', count: '2', grams: '107' },
      { keep: true, portion: null, count: '1', grams: '150' },
    ])
    draft.items[0]!.keep = false
    draft.items[1]!.grams = '200,5'
    expect(confirmItems([pizza, salad], draft)).toEqual({
      items: [{ foodId: 'f-salad', label: 'Salad', grams: 200.5 }],
      indexes: [1],
    })
  })

  it('checks the amounts of kept candidates only', () => {
    const schema = candidatesSchema(t)
    const draft = draftFromCandidates([pizza, salad])
    draft.items[0]!.count = '0'
    draft.items[1]!.grams = '20000'
    const result = schema.safeParse(draft)
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['items.0.count', 'photos.invalidCount'],
      ['items.1.grams', 'photos.invalidGrams'],
    ])
    draft.items[0]!.keep = false
    draft.items[1]!.grams = '150'
    expect(schema.safeParse(draft).success).toBe(true)
  })

  it("puts the server's items[n] on the n-th kept candidate", () => {
    expect(candidateField('items[0].grams', [1, 3])).toBe('items.1.grams')
    expect(candidateField('items[1].count', [1, 3])).toBe('items.3.count')
    expect(candidateField('items[2].grams', [1, 3])).toBeUndefined()
    expect(candidateField('date', [1, 3])).toBeUndefined()
  })

  it('counts the energy of the chosen amount', () => {
    expect(kcalOf(pizza, { keep: true, portion: '1 pie', count: '1', grams: '107' })).toBe(2280)
    expect(kcalOf(salad, { keep: true, portion: null, count: '1', grams: '75' })).toBe(143)
  })
})
