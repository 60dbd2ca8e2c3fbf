import { Link } from '@tanstack/react-router'
import { Bell, X } from 'lucide-react'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLiveNotifications, useUnreadCount } from '../api/live'
import type { Notification } from '../api/notifications'

/** The header's bell: unread count kept live, and a toast for each notification as it arrives. */
export function NotificationBell() {
  const { t } = useTranslation()
  const unread = useUnreadCount(true)
  const [toasts, setToasts] = useState<Notification[]>([])
  const dismiss = useCallback((id: string) => setToasts((current) => current.filter((toast) => toast.id !== id)), [])
  const show = useCallback(
    (notification: Notification) => {
      setToasts((current) => [...current.slice(-2), notification])
      setTimeout(() => dismiss(notification.id), 8000)
    },
    [dismiss],
  )
  useLiveNotifications(show)
  const count = unread.data?.unreadCount ?? 0

  return (
    <>
      <Link
        to="/notifications"
        search={{ unread: false, page: 1 }}
        className="relative inline-flex size-9 items-center justify-center rounded-lg text-muted hover:bg-brand-50 hover:text-ink"
        aria-label={t('notifications.bell', { count })}
        data-testid="notification-bell"
        data-unread={count}
      >
        <Bell className="size-5" aria-hidden />
        {count > 0 && (
          <span className="absolute -right-0.5 -top-0.5 min-w-5 rounded-full bg-danger-600 px-1 text-center text-[11px] font-semibold leading-5 text-white">
            {count > 99 ? '99+' : count}
          </span>
        )}
      </Link>
      <div className="fixed bottom-4 right-4 z-50 grid w-[min(22rem,calc(100vw-2rem))] gap-2" aria-live="polite">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            role="status"
            data-testid="notification-toast"
            className="flex items-start gap-3 rounded-xl border border-line bg-surface p-3 shadow-lg"
          >
            <Bell className="mt-0.5 size-4 shrink-0 text-brand-700" aria-hidden />
            <div className="grid flex-1 gap-0.5 text-sm">
              <span className="font-semibold">{toast.title}</span>
              <span className="text-muted">{toast.body}</span>
            </div>
            <button
              type="button"
              onClick={() => dismiss(toast.id)}
              className="rounded p-0.5 text-muted hover:text-ink"
              aria-label={t('notifications.dismiss')}
            >
              <X className="size-4" aria-hidden />
            </button>
          </div>
        ))}
      </div>
    </>
  )
}
