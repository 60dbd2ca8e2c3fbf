import { afterEach, describe, expect, it, vi } from 'vitest'
import { api, ApiError } from '@/lib/api-client'
import type { DiaryEntry } from './get-diary-day'
import { restoreEntry } from './log-entry'

const entry: DiaryEntry = {
  id: 'e1',
  date: '2026-12-03',
  meal: 'LUNCH',
  foodId: 'f1',
  foodName: 'Manzana',
  grams: 364,
  portion: { label: '1 mediana', quantity: 2, grams: 182 },
  nutrients: { kcal: 189, proteinG: 1, fatG: 0.6, carbsG: 50, fiberG: 8.7, sugarsG: 38, sodiumMg: 4 },
}

describe('restoreEntry', () => {
  afterEach(() => vi.restoreAllMocks())

  it('logs the same portion again in the same day and meal', async () => {
    const post = vi.spyOn(api, 'post').mockResolvedValue(entry)
    await restoreEntry(entry)
    expect(post).toHaveBeenCalledOnce()
    expect(post).toHaveBeenCalledWith('/diary/entries', {
      date: '2026-12-03',
      meal: 'LUNCH',
      foodId: 'f1',
      portionLabel: '1 mediana',
      quantity: 2,
    })
  })

  it('falls back to grams when the food no longer has that portion, and only then', async () => {
    const unknownPortion = new ApiError(400, {
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'portionLabel', code: 'UNKNOWN_PORTION', message: 'no such portion' }],
    })
    const post = vi.spyOn(api, 'post').mockRejectedValueOnce(unknownPortion).mockResolvedValueOnce(entry)
    await restoreEntry(entry)
    expect(post).toHaveBeenLastCalledWith('/diary/entries', { date: '2026-12-03', meal: 'LUNCH', foodId: 'f1', grams: 364 })

    const gone = new ApiError(404, { code: 'FOOD_NOT_FOUND' })
    vi.spyOn(api, 'post').mockRejectedValueOnce(gone)
    await expect(restoreEntry(entry)).rejects.toBe(gone)
  })
})
