import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { controlClass } from '@/components/ui/input'
import { applyServerErrors } from '@/lib/form-errors'
import { optionalText } from '@/lib/schemas'
import { useForm } from '@/lib/use-form'
import { cn } from '@/lib/utils'
import { type Booked, useBookAppointment } from '../api/appointment-actions'
import { changeableAt, useBookingPolicy } from '../api/booking-guide'
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
  // Booking: an optional reason of at most 500 characters.
  const form = useForm({ resolver: zodResolver(z.object({ reason: optionalText(t, 500) })), defaultValues: { reason: '' } })
  const { errors } = form.formState
  const book = useBookAppointment()
  const policy = useBookingPolicy()
  const changeable = changeableAt(slot.startsAt, policy.data)
  const hours = Math.round((policy.data?.cancellationWindowMinutes ?? 0) / 60)
  const until = new Date(new Date(slot.startsAt).getTime() - (policy.data?.cancellationWindowMinutes ?? 0) * 60_000).toISOString()

  // The slot is not a field: a problem with it (taken, too close) is said at the top.
  const submit = form.handleSubmit(({ reason }) =>
    book.mutate(
      { doctorId: slot.doctorId, startsAt: slot.startsAt, reason },
      { onSuccess: onBooked, onError: (error) => applyServerErrors(error, form, t) },
    ),
  )

  return (
    <form noValidate onSubmit={submit} className="grid gap-4" data-testid="booking-panel" aria-label={t('scheduling.book.title')}>
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
      {policy.data && (
        <Alert tone={changeable ? 'info' : 'warning'} data-testid="cancellation-policy">
          {changeable
            ? t('scheduling.book.policy', { hours, until: formatDateTimeInZone(until, viewerZone) })
            : t('scheduling.book.policyInside', { hours })}
        </Alert>
      )}
      <FormAlert message={errors.root?.server?.message} />
      <FormField label={t('scheduling.book.reason')} hint={t('scheduling.book.reasonHint')} error={errors.reason?.message}>
        <textarea rows={3} maxLength={500} className={cn(controlClass, 'h-auto min-h-20 resize-y')} {...form.register('reason')} />
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
