import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { Badge } from '@/components/ui/badge'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { QueryState } from '@/components/ui/query-state'
import type { Booked } from '../api/appointment-actions'
import { useDoctor } from '../api/get-doctor'
import type { OpenSlot } from '../api/get-slots'
import { BookingPanel } from './booking-panel'
import { SlotWeek } from './slot-week'

type DoctorBookingProps = {
  doctorId: string
  viewerZone: string
  week: string
  onWeekChange: (week: string) => void
  onBooked: (appointment: Booked) => void
}

/** One clinician: profile, a week of free slots and the booking form. */
export function DoctorBooking({ doctorId, viewerZone, week, onWeekChange, onBooked }: DoctorBookingProps) {
  const { t } = useTranslation()
  const doctor = useDoctor(doctorId)
  const [slot, setSlot] = useState<OpenSlot | null>(null)
  const bookingRef = useRef<HTMLElement>(null)
  useEffect(() => {
    // Below the two-column layout the form sits under the calendar: bring it into view.
    if (slot && window.matchMedia('(max-width: 1023px)').matches) bookingRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' })
  }, [slot])

  if (doctor.isPending || doctor.isError) return <QueryState query={doctor} spacious />

  return (
    <>
      <PageHeader title={t('scheduling.bookTitle', { name: doctor.data.displayName })} />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <Card aria-labelledby="slots-title">
          <CardHeader>
            <CardTitle id="slots-title">{t('scheduling.slots.title')}</CardTitle>
            <CardDescription className="flex flex-wrap items-center gap-1.5">
              {doctor.data.specialties.map((specialty) => (
                <Badge key={specialty} tone="brand">
                  {specialty}
                </Badge>
              ))}
              <span>{t('scheduling.minutes', { count: doctor.data.slotMinutes })}</span>
            </CardDescription>
          </CardHeader>
          <CardContent>
            <SlotWeek
              doctorId={doctorId}
              doctorZone={doctor.data.timezone}
              viewerZone={viewerZone}
              week={week}
              onWeekChange={(next) => {
                setSlot(null)
                onWeekChange(next)
              }}
              selected={slot}
              onSelect={setSlot}
              waitlist
            />
          </CardContent>
        </Card>
        <Card ref={bookingRef} aria-labelledby="book-title" className="scroll-mt-24 lg:sticky lg:top-24">
          <CardHeader>
            <CardTitle id="book-title">{t('scheduling.book.title')}</CardTitle>
            {doctor.data.bio && <CardDescription>{doctor.data.bio}</CardDescription>}
          </CardHeader>
          <CardContent>
            {slot ? (
              <BookingPanel
                key={slot.startsAt}
                slot={slot}
                doctorName={doctor.data.displayName}
                doctorZone={doctor.data.timezone}
                viewerZone={viewerZone}
                onBooked={onBooked}
                onCancel={() => setSlot(null)}
              />
            ) : (
              <p className="text-sm text-muted">{t('scheduling.book.pickSlot')}</p>
            )}
          </CardContent>
        </Card>
      </div>
    </>
  )
}
