import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { controlClass } from '@/components/ui/input'
import { toFormErrors } from '@/lib/form-errors'
import { cn } from '@/lib/utils'
import { type Booked, useBookAppointment } from '../api/appointment-actions'
import type { OpenSlot } from '../api/get-slots'
import { formatDateTimeInZone, formatTimeInZone, sameOffset, zoneLabel } from '../utils/zoned-time'

type BookingPanelProps = {
  slot: OpenSlot
  doctorName: string
  doctorZone: string
  viewerZone: string
  onBooked: (appointment: Booked) => void
  onCancel: () => void
}

export function BookingPanel({ slot, doctorName, doctorZone, viewerZone, onBooked, onCancel }: BookingPanelProps) {
  const { t } = useTranslation()
  const [reason, setReason] = useState('')
  const book = useBookAppointment()
  const errors = book.isError ? toFormErrors(book.error, ['reason'] as const, t) : { fields: {} as { reason?: string } }

  function submit(event: FormEvent) {
    event.preventDefault()
    book.mutate({ doctorId: slot.doctorId, startsAt: slot.startsAt, reason: reason.trim() || undefined }, { onSuccess: onBooked })
  }

  return (
    <form onSubmit={submit} className="grid gap-4" data-testid="booking-panel" aria-label={t('scheduling.book.title')}>
      <div className="grid gap-1">
        <p className="text-sm text-muted">{t('scheduling.book.with', { name: doctorName })}</p>
        <p className="text-lg font-semibold text-ink">
          {formatDateTimeInZone(slot.startsAt, viewerZone)}–{formatTimeInZone(slot.endsAt, viewerZone)}
        </p>
        <p className="text-xs text-muted">{t('scheduling.slots.shownIn', { zone: zoneLabel(viewerZone) })}</p>
        {!sameOffset(viewerZone, doctorZone) && (
          <p className="text-xs text-muted">
            {t('scheduling.book.theirTime', { time: formatDateTimeInZone(slot.startsAt, doctorZone), zone: zoneLabel(doctorZone) })}
          </p>
        )}
      </div>
      <FormAlert message={errors.form} />
      <FormField label={t('scheduling.book.reason')} hint={t('scheduling.book.reasonHint')} error={errors.fields.reason}>
        <textarea
          rows={3}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          className={cn(controlClass, 'h-auto min-h-20 resize-y')}
        />
      </FormField>
      <div className="flex flex-wrap justify-end gap-2">
        <Button type="button" variant="ghost" onClick={onCancel}>
          {t('scheduling.book.change')}
        </Button>
        <Button type="submit" pending={book.isPending} data-testid="book-submit">
          {t('scheduling.book.submit')}
        </Button>
      </div>
      {book.isSuccess && <Alert tone="success">{t('scheduling.book.done')}</Alert>}
    </form>
  )
}
