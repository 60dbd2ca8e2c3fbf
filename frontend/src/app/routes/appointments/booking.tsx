import { createLazyRoute } from '@tanstack/react-router'
import { Spinner } from '@/components/ui/spinner'
import { useFirstOpenSlot } from '@/features/scheduling/api/booking-guide'
import { DoctorBooking } from '@/features/scheduling/components/doctor-booking'
import { dateInZone, startOfWeek } from '@/features/scheduling/utils/zoned-time'
import { useViewerZone } from '../../hooks/use-viewer-zone'

export const Route = createLazyRoute('/_signedIn/appointments/book/$doctorId')({ component: BookingPage })

function BookingPage() {
  const { doctorId } = Route.useParams()
  const { week } = Route.useSearch()
  const navigate = Route.useNavigate()
  const zone = useViewerZone()
  // Without a week in the URL, open on the week of the first free slot (not a week already past).
  const first = useFirstOpenSlot(doctorId, !week)
  if (!week && first.isPending)
    return (
      <p className="flex items-center gap-2 py-10 text-sm text-muted">
        <Spinner />
      </p>
    )
  const firstSlot = first.data?.slot ?? null
  const opening = startOfWeek(dateInZone(firstSlot ? firstSlot.startsAt : new Date(), zone))
  return (
    <DoctorBooking
      doctorId={doctorId}
      viewerZone={zone}
      week={week ?? opening}
      firstSlot={week ? undefined : firstSlot}
      onWeekChange={(next) => void navigate({ search: { week: next } })}
      onBooked={() => void navigate({ to: '/appointments', search: { scope: 'upcoming', page: 1, size: 20, booked: true } })}
    />
  )
}
