import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { isActive, POLL_MS } from '../utils/import-progress'
import { queryKeys } from './query-keys'

export const importFormats = ['sr28', 'fdc-csv'] as const
export type ImportFormat = (typeof importFormats)[number]

export type ImportStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED'

export type FoodImport = {
  id: string
  format: ImportFormat
  status: ImportStatus
  rowsDone: number
  rowsTotal: number
  foods: number | null
  nutrientValues: number | null
  portions: number | null
  error: string | null
  createdAt: string
  startedAt: string | null
  finishedAt: string | null
}

export type FoodImportPage = { content: FoodImport[]; page: number; size: number; totalElements: number }

export type FoodImportQuery = { page: number; size: number }

export function getFoodImports({ page, size }: FoodImportQuery): Promise<FoodImportPage> {
  return api.get<FoodImportPage>('/admin/foods/imports', { params: { page, size } })
}

export function foodImportsQueryOptions(query: FoodImportQuery) {
  return queryOptions({
    queryKey: queryKeys.foodImports(query.page, query.size),
    queryFn: () => getFoodImports(query),
    placeholderData: keepPreviousData,
    // while an import runs its row moves on by itself
    refetchInterval: (q) => (q.state.data?.content.some(isActive) ? POLL_MS : false),
  })
}

export function useFoodImports(query: FoodImportQuery) {
  return useQuery(foodImportsQueryOptions(query))
}

export function getFoodImport(id: string): Promise<FoodImport> {
  return api.get<FoodImport>(`/admin/foods/imports/${id}`)
}

/** One import, polled until it has succeeded or failed. */
export function foodImportQueryOptions(id: string) {
  return queryOptions({
    queryKey: queryKeys.foodImport(id),
    queryFn: () => getFoodImport(id),
    refetchInterval: (q) => (q.state.data && !isActive(q.state.data) ? false : POLL_MS),
  })
}

export function useFoodImport(id: string | undefined) {
  return useQuery({ ...foodImportQueryOptions(id ?? ''), enabled: Boolean(id) })
}

export type StartImportInput = { format: ImportFormat; file: File }

export function startFoodImport({ format, file }: StartImportInput): Promise<FoodImport> {
  const form = new FormData()
  form.append('file', file, file.name)
  return api.upload<FoodImport>('/admin/foods/imports', form, { params: { format } })
}

export function useStartFoodImport() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: startFoodImport,
    onSuccess: (job) => {
      queryClient.setQueryData(queryKeys.foodImport(job.id), job)
      return queryClient.invalidateQueries({ queryKey: queryKeys.foodImportsAll })
    },
  })
}

export type RemoteSourceStatus = {
  configured: boolean
  breaker: 'CLOSED' | 'OPEN' | 'HALF_OPEN' | string
  hourlyLimit: number | null
  quotaRemaining: number | null
}

export function getRemoteSourceStatus(): Promise<RemoteSourceStatus> {
  return api.get<RemoteSourceStatus>('/admin/foods/remote')
}

export function remoteSourceQueryOptions() {
  return queryOptions({ queryKey: queryKeys.remoteFoods, queryFn: getRemoteSourceStatus, refetchInterval: 30_000 })
}

export function useRemoteSourceStatus() {
  return useQuery(remoteSourceQueryOptions())
}
