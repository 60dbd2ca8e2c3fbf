import { zodResolver } from '@hookform/resolvers/zod'
import type { TFunction } from 'i18next'
import { useState } from 'react'
import { type Path, type PathValue, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input, NativeSelect } from '@/components/ui/input'
import { applyServerErrors } from '@/lib/form-errors'
import { useForm } from '@/lib/use-form'
import { useBookAppointment } from '../api/appointment-actions'
import { useDoctors } from '../api/get-doctors'
import { usePatients } from '../api/get-patients'
import { emptyOnBehalfDraft, onBehalfBooking, type OnBehalfDraft, pickDoctor } from '../utils/admin-appointments'
import { dateInZone, formatDateTimeInZone, startOfWeek } from '../utils/zoned-time'
import { SlotWeek } from './slot-week'

/** A member, a clinician and one of that clinician's slots, all chosen; the reason as Booking allows it. */
function onBehalfSchema(t: TFunction) {
  const chosen = <T,>() => z.custom<T | null>().refine((value) => value != null, t('validation.choose'))
  return z
    .object({
      patient: chosen<OnBehalfDraft['patient']>(),
      doctor: chosen<OnBehalfDraft['doctor']>(),
      slot: chosen<OnBehalfDraft['slot']>(),
      reason: z.string().max(500, t('validation.tooLong', { count: 500 })),
    })
    .refine((draft) => !draft.slot || draft.slot.doctorId === draft.doctor?.id, { path: ['slot'], message: t('validation.choose') })
}

/** The request's names for what the form calls by the thing picked. */
const fieldFor = (serverField: string): Path<OnBehalfDraft> | undefined =>
  (({ patientId: 'patient', doctorId: 'doctor', startsAt: 'slot', reason: 'reason' }) as const)[serverField]

/** An admin books for a member: find the member, pick a clinician and one of their open slots. */
export function BookOnBehalf({ zone }: { zone: string }) {
  const { t } = useTranslation()
  const form = useForm<OnBehalfDraft>({ resolver: zodResolver(onBehalfSchema(t)), defaultValues: emptyOnBehalfDraft })
  const { errors } = form.formState
  const draft = useWatch({ control: form.control }) as OnBehalfDraft
  const [q, setQ] = useState('')
  const [week, setWeek] = useState(() => startOfWeek(dateInZone(new Date(), zone)))
  const [done, setDone] = useState<string | null>(null)
  const patients = usePatients({ q, page: 0, size: 8 })
  const doctors = useDoctors({ page: 0, size: 100 })
  const book = useBookAppointment()
  const booking = onBehalfBooking(draft)

  /** Picking again answers a server error about the previous choice. */
  function pick<K extends 'patient' | 'doctor' | 'slot'>(name: K, value: PathValue<OnBehalfDraft, K>) {
    form.setValue(name, value)
    form.clearErrors(name)
  }

  const submit = form.handleSubmit((values) => {
    const request = onBehalfBooking(values)
    if (!request || !values.patient || !values.slot) return
    const when = formatDateTimeInZone(values.slot.startsAt, zone)
    const name = values.patient.displayName
    book.mutate(request, {
      onSuccess: () => {
        setDone(t('scheduling.onBehalf.done', { name, when }))
        form.reset(emptyOnBehalfDraft)
      },
      onError: (error) => applyServerErrors(error, form, t, fieldFor),
    })
  })

  return (
    <form noValidate onSubmit={submit} className="grid gap-4" aria-label={t('scheduling.onBehalf.title')} data-testid="book-on-behalf">
      {done && <Alert tone="success">{done}</Alert>}
      <FormAlert message={errors.root?.server?.message} />
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium text-ink">{t('scheduling.onBehalf.member')}</legend>
        {draft.patient ? (
          <div className="grid gap-1">
            <p className="flex items-center justify-between gap-2 text-sm">
              <span className="font-medium text-ink" data-testid="picked-member">
                {draft.patient.displayName}
              </span>
              <Button type="button" size="sm" variant="ghost" onClick={() => pick('patient', null)}>
                {t('scheduling.onBehalf.change')}
              </Button>
            </p>
            {errors.patient && <p className="text-sm text-danger-700">{errors.patient.message}</p>}
          </div>
        ) : (
          <>
            <FormField
              label={t('scheduling.onBehalf.searchMember')}
              hint={t('scheduling.onBehalf.searchHint')}
              error={errors.patient?.message}
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
                      pick('patient', patient)
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
      <FormField label={t('scheduling.appointments.clinician')} error={errors.doctor?.message}>
        <NativeSelect
          value={draft.doctor?.id ?? ''}
          onChange={(event) => {
            const { doctor, slot } = pickDoctor(draft, doctors.data?.content.find((item) => item.id === event.target.value) ?? null)
            pick('doctor', doctor)
            if (slot !== draft.slot) pick('slot', slot)
          }}
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
          onSelect={(slot) => pick('slot', slot)}
        />
      )}
      {errors.slot && <p className="text-sm text-danger-700">{errors.slot.message}</p>}
      <FormField label={t('scheduling.book.reason')} error={errors.reason?.message}>
        <Input maxLength={500} {...form.register('reason')} />
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
