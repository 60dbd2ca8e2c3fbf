import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from './query-keys'

export type OutboxMessage = { id: string; to: string; subject: string; body: string; createdAt: string }

export type OutboxPage = { content: OutboxMessage[]; page: number; size: number; totalElements: number }

export type OutboxQuery = { page: number; size: number }

export function getOutbox({ page, size }: OutboxQuery): Promise<OutboxPage> {
  return api.get<OutboxPage>('/admin/outbox', { params: { page, size } })
}

export function outboxQueryOptions(query: OutboxQuery) {
  return queryOptions({
    queryKey: queryKeys.outbox(query.page, query.size),
    queryFn: () => getOutbox(query),
    placeholderData: keepPreviousData,
  })
}

export function useOutbox(query: OutboxQuery) {
  return useQuery(outboxQueryOptions(query))
}
