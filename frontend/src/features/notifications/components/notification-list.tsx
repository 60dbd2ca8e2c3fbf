import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { errorMessage } from '@/lib/form-errors'
import { formatDateTime } from '@/lib/format'
import { useMarkAllRead, useMarkRead, useNotifications } from '../api/notifications'

const PAGE_SIZE = 20

type Props = { unread: boolean; page: number; onChange: (search: { unread: boolean; page: number }) => void }

/** The member's in-app notifications, newest first, with the real total and pages. */
export function NotificationList({ unread, page, onChange }: Props) {
  const { t } = useTranslation()
  const list = useNotifications(unread, page - 1, PAGE_SIZE)
  const markRead = useMarkRead()
  const markAll = useMarkAllRead()
  const total = list.data?.totalElements ?? 0
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE))

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center gap-2">
        <Button variant={unread ? 'secondary' : 'primary'} size="sm" onClick={() => onChange({ unread: false, page: 1 })}>
          {t('notifications.all')}
        </Button>
        <Button variant={unread ? 'primary' : 'secondary'} size="sm" onClick={() => onChange({ unread: true, page: 1 })}>
          {t('notifications.unreadOnly')}
        </Button>
        <span className="ml-auto text-sm text-muted" data-testid="notifications-total">
          {t('notifications.total', { count: total, unread: list.data?.unreadCount ?? 0 })}
        </span>
        <Button
          variant="secondary"
          size="sm"
          pending={markAll.isPending}
          disabled={(list.data?.unreadCount ?? 0) === 0}
          onClick={() => markAll.mutate()}
        >
          {t('notifications.markAll')}
        </Button>
      </div>
      {list.isError && <Alert tone="danger">{errorMessage(list.error, t)}</Alert>}
      {list.data && list.data.content.length === 0 && <p className="py-6 text-sm text-muted">{t('notifications.empty')}</p>}
      <ul className="grid gap-2">
        {list.data?.content.map((item) => (
          <li
            key={item.id}
            data-testid="notification-item"
            data-kind={item.kind}
            className="flex flex-wrap items-start gap-3 rounded-xl border border-line bg-surface p-4"
          >
            <div className="grid min-w-0 flex-1 gap-1">
              <span className="flex flex-wrap items-center gap-2 font-medium">
                {item.title}
                {!item.readAt && <Badge tone="brand">{t('notifications.new')}</Badge>}
              </span>
              <span className="text-sm text-muted">{item.body}</span>
              <span className="text-xs text-muted">{formatDateTime(item.createdAt)}</span>
            </div>
            <div className="flex gap-2">
              {item.link && (
                <Link to={item.link} className="text-sm text-brand-700 underline-offset-4 hover:underline">
                  {t('notifications.open')}
                </Link>
              )}
              {!item.readAt && (
                <Button variant="ghost" size="sm" onClick={() => markRead.mutate(item.id)}>
                  {t('notifications.markRead')}
                </Button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {pages > 1 && (
        <div className="flex items-center justify-between text-sm">
          <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => onChange({ unread, page: page - 1 })}>
            {t('notifications.previous')}
          </Button>
          <span className="text-muted">{t('notifications.pageOf', { page, pages })}</span>
          <Button variant="secondary" size="sm" disabled={page >= pages} onClick={() => onChange({ unread, page: page + 1 })}>
            {t('notifications.next')}
          </Button>
        </div>
      )}
    </div>
  )
}
