import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { DiaryEntry, Meal } from './get-diary-day'
import { queryKeys } from './query-keys'

export type CopyInput = { fromDate: string; toDate: string; meal?: Meal }

export function copyDay(input: CopyInput): Promise<DiaryEntry[]> {
  return api.post<DiaryEntry[]>('/diary/copy', input)
}

export function useCopyDay() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: copyDay,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.diaryAll }),
  })
}
