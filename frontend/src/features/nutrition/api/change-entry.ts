import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { DiaryEntry, Meal } from './get-diary-day'
import { queryKeys } from './query-keys'

export type EntryChanges = { id: string; grams?: number; meal?: Meal; date?: string }

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

export function useDeleteEntry() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteEntry,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.diaryAll }),
  })
}
