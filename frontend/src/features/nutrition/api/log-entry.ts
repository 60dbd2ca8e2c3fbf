import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
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
 * Brings back an entry deleted in the last hour exactly as it was: the food's name and figures as
 * logged (even if the food has changed or gone since), its portion, photo origin and time.
 */
export function restoreEntry(entry: DiaryEntry): Promise<DiaryEntry> {
  return api.post<DiaryEntry>(`/diary/entries/${entry.id}/restore`)
}

export function useRestoreEntry() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: restoreEntry,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.diaryAll }),
  })
}
