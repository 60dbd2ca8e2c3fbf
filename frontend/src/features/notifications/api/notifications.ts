import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { queryKeys } from './query-keys'

export type Notification = {
  id: string
  kind: string
  title: string
  body: string
  link: string | null
  createdAt: string
  readAt: string | null
}

export type NotificationPage = {
  content: Notification[]
  page: number
  size: number
  totalElements: number
  unreadCount: number
}

export function useNotifications(unread: boolean, page: number, size = 20) {
  return useQuery({
    queryKey: queryKeys.notifications(unread, page),
    queryFn: () => api.get<NotificationPage>('/me/notifications', { params: { unread: String(unread), page, size } }),
    placeholderData: keepPreviousData,
  })
}

export function useMarkRead() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => api.post(`/me/notifications/${id}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.notificationsAll }),
  })
}

export function useMarkAllRead() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => api.post<{ marked: number }>('/me/notifications/read-all'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.notificationsAll }),
  })
}
