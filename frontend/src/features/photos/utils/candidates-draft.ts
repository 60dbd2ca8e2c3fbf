import type { TFunction } from 'i18next'
import { z } from 'zod'
import { decimalInput, parseDecimal } from '@/lib/decimal'
import type { Candidate, ConfirmItem } from '../api/meal-photos'

/** What the member keeps of a candidate: whether, and how much (a count of a portion, or grams). */
export type CandidateDraft = { keep: boolean; portion: string | null; count: string; grams: string }

export type CandidatesDraft = { items: CandidateDraft[] }

export function draftFromCandidates(candidates: Candidate[]): CandidatesDraft {
  return {
    items: candidates.map((candidate) => ({
      keep: true,
      portion: candidate.portion,
      count: decimalInput(candidate.count ?? 1),
      grams: decimalInput(candidate.grams),
    })),
  }
}

/** Kept candidates need an amount the server takes: 0.25–100 portions, or 1–10,000 g. */
export function candidatesSchema(t: TFunction) {
  const item = z.object({ keep: z.boolean(), portion: z.string().nullable(), count: z.string(), grams: z.string() })
  return z.object({ items: z.array(item) }).superRefine(({ items }, ctx) => {
    items.forEach((draft, index) => {
      if (!draft.keep) return
      if (draft.portion) {
        const count = parseDecimal(draft.count)
        if (!(count >= 0.25 && count <= 100)) {
          ctx.addIssue({ code: 'custom', path: ['items', index, 'count'], message: t('photos.invalidCount') })
        }
      } else {
        const grams = parseDecimal(draft.grams)
        if (!(grams >= 1 && grams <= 10000)) {
          ctx.addIssue({ code: 'custom', path: ['items', index, 'grams'], message: t('photos.invalidGrams') })
        }
      }
    })
  })
}

/** The items to confirm, in the order of the kept candidates (the server's `items[n]`). */
export function confirmItems(candidates: Candidate[], draft: CandidatesDraft): { items: ConfirmItem[]; indexes: number[] } {
  const items: ConfirmItem[] = []
  const indexes: number[] = []
  draft.items.forEach((choice, index) => {
    const candidate = candidates[index]
    if (!choice.keep || !candidate) return
    indexes.push(index)
    items.push(
      choice.portion
        ? { foodId: candidate.foodId, label: candidate.label, portion: choice.portion, count: parseDecimal(choice.count) }
        : { foodId: candidate.foodId, label: candidate.label, grams: parseDecimal(choice.grams) },
    )
  })
  return { items, indexes }
}

/** The form's field for a server path such as `items[1].grams` (1 = the second kept candidate). */
export function candidateField(serverField: string, indexes: number[]): `items.${number}.${'count' | 'grams' | 'portion'}` | undefined {
  const match = /^items\[(\d+)\]\.(count|grams|portion)$/.exec(serverField)
  if (!match) return undefined
  const index = indexes[Number(match[1])]
  return index === undefined ? undefined : `items.${index}.${match[2] as 'count' | 'grams' | 'portion'}`
}

export function kcalOf(candidate: Candidate, choice: CandidateDraft): number | null {
  if (candidate.nutrients.kcal === null || candidate.grams <= 0) return null
  const grams = choice.portion
    ? (candidate.portions.find((portion) => portion.label === choice.portion)?.grams ?? candidate.grams) * parseDecimal(choice.count)
    : parseDecimal(choice.grams)
  return Number.isFinite(grams) ? Math.round((candidate.nutrients.kcal / candidate.grams) * grams) : null
}
