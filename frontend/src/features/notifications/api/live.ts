import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { api } from '@/lib/api-client'
import { authSession, refreshAccessToken, useAuthSession } from '@/lib/auth-session'
import { queryKeys as sharedKeys } from '@/lib/query-keys'
import { parseEvents } from '../utils/event-stream'
import type { Notification } from './notifications'
import { queryKeys } from './query-keys'

const unreadKey = [...queryKeys.notificationsAll, 'unread-count'] as const

export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: unreadKey,
    queryFn: () => api.get<{ unreadCount: number }>('/me/notifications/unread-count'),
    enabled,
    // the live stream keeps it current; this only covers a stream that cannot connect
    refetchInterval: 120_000,
  })
}

/**
 * Listens to the server's notification stream while signed in (fetch, so the bearer token is
 * sent), keeps the unread count current, and hands each new notification to {@code onNotification}.
 * A dropped stream reconnects after a few seconds and reloads the lists.
 */
export function useLiveNotifications(onNotification: (notification: Notification) => void) {
  const queryClient = useQueryClient()
  const session = useAuthSession()
  const authenticated = session.status === 'authenticated'

  useEffect(() => {
    if (!authenticated) return
    const controller = new AbortController()
    let retry: ReturnType<typeof setTimeout> | undefined

    const connect = async () => {
      try {
        const response = await fetch('/api/me/notifications/stream', {
          headers: { Accept: 'text/event-stream', Authorization: `Bearer ${authSession.accessToken ?? ''}` },
          signal: controller.signal,
        })
        if (response.status === 401) await refreshAccessToken()
        if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`)
        await queryClient.invalidateQueries({ queryKey: queryKeys.notificationsAll })
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
        let buffer = ''
        for (;;) {
          const { value, done } = await reader.read()
          if (done) break
          const parsed = parseEvents(buffer + value)
          buffer = parsed.rest
          for (const event of parsed.events) {
            const data = JSON.parse(event.data) as { unreadCount: number; notification?: Notification }
            queryClient.setQueryData(unreadKey, { unreadCount: data.unreadCount })
            if (event.event === 'notification' && data.notification) {
              onNotification(data.notification)
              void queryClient.invalidateQueries({ queryKey: queryKeys.notificationsAll, exact: false })
              void queryClient.invalidateQueries({ queryKey: sharedKeys.progress })
            }
          }
        }
      } catch {
        // reconnect below
      }
      if (!controller.signal.aborted) retry = setTimeout(() => void connect(), 5000)
    }
    void connect()
    return () => {
      controller.abort()
      if (retry) clearTimeout(retry)
    }
    // onNotification is read once per connection on purpose: callers pass a stable callback
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [authenticated, queryClient])
}
