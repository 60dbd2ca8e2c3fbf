import { Link2 } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { errorMessage } from '@/lib/form-errors'
import { useCreateCalendarFeed, useRevokeCalendarFeed } from '../api/calendar-feed'

/** A private feed URL for calendar apps; creating a new one revokes the previous URL. */
export function CalendarFeedCard() {
  const { t } = useTranslation()
  const create = useCreateCalendarFeed()
  const revoke = useRevokeCalendarFeed()
  const url = create.data && !revoke.isSuccess ? new URL(create.data.url, window.location.origin).toString() : null
  const error = create.error ?? revoke.error
  return (
    <div className="grid gap-3">
      <p className="text-sm text-muted">{t('scheduling.feed.hint')}</p>
      {url && (
        <div className="grid gap-1.5">
          <label htmlFor="calendar-feed-url" className="text-sm font-medium text-ink">
            {t('scheduling.feed.url')}
          </label>
          <Input
            id="calendar-feed-url"
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
            className="font-mono text-xs"
          />
        </div>
      )}
      {revoke.isSuccess && <Alert tone="success">{t('scheduling.feed.revoked')}</Alert>}
      {error && <Alert tone="danger">{errorMessage(error, t)}</Alert>}
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          pending={create.isPending}
          onClick={() => {
            revoke.reset()
            create.mutate()
          }}
        >
          {!create.isPending && <Link2 aria-hidden="true" />}
          {url ? t('scheduling.feed.renew') : t('scheduling.feed.create')}
        </Button>
        {url && (
          <Button variant="ghost" pending={revoke.isPending} onClick={() => revoke.mutate()}>
            {t('scheduling.feed.revoke')}
          </Button>
        )}
      </div>
    </div>
  )
}
