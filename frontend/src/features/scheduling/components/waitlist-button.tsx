import { useTranslation } from 'react-i18next'
import { Button } from '@/components/ui/button'
import { errorMessage } from '@/lib/form-errors'
import { useJoinWaitlist } from '../api/waitlist'

/** Joins the clinician's waitlist for a day with no free slot; a freed slot is then held for the member. */
export function WaitlistButton({ doctorId, date }: { doctorId: string; date: string }) {
  const { t } = useTranslation()
  const join = useJoinWaitlist()
  if (join.isSuccess)
    return (
      <p role="status" className="text-xs font-medium text-success-700" title={t('scheduling.waitlist.joinedHint')}>
        {t('scheduling.waitlist.joined', { position: join.data.position })}
        <span className="sr-only"> {t('scheduling.waitlist.joinedHint')}</span>
      </p>
    )
  return (
    <div className="grid gap-1">
      <Button
        size="sm"
        variant="ghost"
        className="h-auto justify-start px-1 py-0.5 text-xs text-brand-700"
        pending={join.isPending}
        onClick={() => join.mutate({ doctorId, date })}
      >
        {t('scheduling.waitlist.join')}
      </Button>
      {join.isError && (
        <p role="alert" className="text-xs text-danger-700">
          {errorMessage(join.error, t)}
        </p>
      )}
    </div>
  )
}
