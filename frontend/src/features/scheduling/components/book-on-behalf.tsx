import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input, NativeSelect } from '@/components/ui/input'
import { toFormErrors } from '@/lib/form-errors'
import { useBookAppointment } from '../api/appointment-actions'
import { useDoctors } from '../api/get-doctors'
import { usePatients } from '../api/get-patients'
import { emptyOnBehalfDraft, onBehalfBooking, type OnBehalfDraft, pickDoctor } from '../utils/admin-appointments'
import { dateInZone, formatDateTimeInZone, startOfWeek } from '../utils/zoned-time'
import { SlotWeek } from './slot-week'

/** An admin books for a member: find the member, pick a clinician and one of their open slots. */
export function BookOnBehalf({ zone }: { zone: string }) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<OnBehalfDraft>(emptyOnBehalfDraft)
  const [q, setQ] = useState('')
  const [week, setWeek] = useState(() => startOfWeek(dateInZone(new Date(), zone)))
  const [done, setDone] = useState<string | null>(null)
  const patients = usePatients({ q, page: 0, size: 8 })
  const doctors = useDoctors({ page: 0, size: 100 })
  const book = useBookAppointment()
  const errors = book.isError
    ? toFormErrors(book.error, ['patientId', 'reason'] as const, t)
    : { fields: {} as { patientId?: string; reason?: string } }
  const booking = onBehalfBooking(draft)

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!booking || !draft.patient || !draft.slot) return
    const when = formatDateTimeInZone(draft.slot.startsAt, zone)
    const name = draft.patient.displayName
    book.mutate(booking, {
      onSuccess: () => {
        setDone(t('scheduling.onBehalf.done', { name, when }))
        setDraft(emptyOnBehalfDraft)
      },
    })
  }

  return (
    <form onSubmit={submit} className="grid gap-4" aria-label={t('scheduling.onBehalf.title')} data-testid="book-on-behalf">
      {done && <Alert tone="success">{done}</Alert>}
      <FormAlert message={errors.form} />
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium text-ink">{t('scheduling.onBehalf.member')}</legend>
        {draft.patient ? (
          <p className="flex items-center justify-between gap-2 text-sm">
            <span className="font-medium text-ink" data-testid="picked-member">
              {draft.patient.displayName}
            </span>
            <Button type="button" size="sm" variant="ghost" onClick={() => setDraft({ ...draft, patient: null })}>
              {t('scheduling.onBehalf.change')}
            </Button>
          </p>
        ) : (
          <>
            <FormField
              label={t('scheduling.onBehalf.searchMember')}
              hint={t('scheduling.onBehalf.searchHint')}
              error={errors.fields.patientId}
            >
              <Input type="search" value={q} onChange={(event) => setQ(event.target.value)} data-testid="member-search" />
            </FormField>
            <ul className="grid gap-1">
              {patients.data?.content.map((patient) => (
                <li key={patient.id}>
                  <button
                    type="button"
                    className="w-full rounded-lg px-3 py-2 text-left text-sm hover:bg-brand-50"
                    onClick={() => {
                      setDone(null)
                      setDraft({ ...draft, patient })
                    }}
                  >
                    <span className="text-ink">{patient.displayName}</span> <span className="text-muted">{patient.email}</span>
                  </button>
                </li>
              ))}
              {patients.data?.content.length === 0 && <li className="px-3 text-sm text-muted">{t('scheduling.patients.empty')}</li>}
            </ul>
          </>
        )}
      </fieldset>
      <FormField label={t('scheduling.appointments.clinician')}>
        <NativeSelect
          value={draft.doctor?.id ?? ''}
          onChange={(event) =>
            setDraft(pickDoctor(draft, doctors.data?.content.find((doctor) => doctor.id === event.target.value) ?? null))
          }
          data-testid="on-behalf-doctor"
        >
          <option value="">{t('scheduling.onBehalf.pickClinician')}</option>
          {doctors.data?.content.map((doctor) => (
            <option key={doctor.id} value={doctor.id}>
              {doctor.displayName}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      {draft.doctor && (
        <SlotWeek
          doctorId={draft.doctor.id}
          doctorZone={draft.doctor.timezone}
          viewerZone={zone}
          week={week}
          onWeekChange={setWeek}
          selected={draft.slot}
          onSelect={(slot) => setDraft({ ...draft, slot })}
        />
      )}
      <FormField label={t('scheduling.book.reason')} error={errors.fields.reason}>
        <Input maxLength={500} value={draft.reason} onChange={(event) => setDraft({ ...draft, reason: event.target.value })} />
      </FormField>
      {draft.slot && (
        <p className="text-sm text-ink">{t('scheduling.onBehalf.slot', { when: formatDateTimeInZone(draft.slot.startsAt, zone) })}</p>
      )}
      <div className="flex justify-end">
        <Button type="submit" disabled={!booking} pending={book.isPending} data-testid="on-behalf-submit">
          {t('scheduling.onBehalf.submit')}
        </Button>
      </div>
    </form>
  )
}
