import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { DiaryEntry, Meal } from './get-diary-day'
import { queryKeys } from './query-keys'

/** grams, or for an entry logged in portions a new quantity of that portion. */
export type EntryChanges = { id: string; grams?: number; quantity?: number; meal?: Meal; date?: string }

export function changeEntry({ id, ...changes }: EntryChanges): Promise<DiaryEntry> {
  return api.patch<DiaryEntry>(`/diary/entries/${id}`, changes)
}

export function useChangeEntry() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: changeEntry,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.diaryAll }),
  })
}

export function deleteEntry(id: string): Promise<void> {
  return api.delete(`/diary/entries/${id}`)
}

/**
 * {@code onDeleted} is told before the day is read again, and even when the row that asked is
 * gone by then (the day without the entry no longer draws it).
 */
export function useDeleteEntry(onDeleted?: () => void) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteEntry,
    onSuccess: () => {
      onDeleted?.()
      return queryClient.invalidateQueries({ queryKey: queryKeys.diaryAll })
    },
  })
}
