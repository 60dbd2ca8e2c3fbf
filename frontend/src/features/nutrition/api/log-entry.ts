import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, ApiError } from '@/lib/api-client'
import type { DiaryEntry, Meal } from './get-diary-day'
import { queryKeys } from './query-keys'

/** Either grams, or a quantity of one of the food's portions (by label). */
export type LogEntryInput = { date: string; meal: Meal; foodId: string } & ({ grams: number } | { portionLabel: string; quantity: number })

export function logEntry(input: LogEntryInput): Promise<DiaryEntry> {
  return api.post<DiaryEntry>('/diary/entries', input)
}

export function useLogEntry() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: logEntry,
    // The day, the summaries and the recent and frequent lists all change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.diaryAll }),
  })
}

/**
 * Logs a deleted entry's food again, in the same day, meal and amount (the figures follow the food
 * as it is now). An entry in a portion the food no longer has comes back in grams.
 */
export async function restoreEntry(entry: DiaryEntry): Promise<DiaryEntry> {
  const where = { date: entry.date, meal: entry.meal, foodId: entry.foodId }
  if (entry.portion) {
    try {
      return await logEntry({ ...where, portionLabel: entry.portion.label, quantity: entry.portion.quantity })
    } catch (error) {
      if (!(error instanceof ApiError && error.violations.some((violation) => violation.code === 'UNKNOWN_PORTION'))) throw error
    }
  }
  return logEntry({ ...where, grams: entry.grams })
}

export function useRestoreEntry() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: restoreEntry,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.diaryAll }),
  })
}
