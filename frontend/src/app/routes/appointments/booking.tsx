import { createLazyRoute } from '@tanstack/react-router'
import { DoctorBooking } from '@/features/scheduling/components/doctor-booking'
import { dateInZone, startOfWeek } from '@/features/scheduling/utils/zoned-time'
import { useViewerZone } from '../../hooks/use-viewer-zone'

export const Route = createLazyRoute('/_signedIn/appointments/book/$doctorId')({ component: BookingPage })

function BookingPage() {
  const { doctorId } = Route.useParams()
  const { week } = Route.useSearch()
  const navigate = Route.useNavigate()
  const zone = useViewerZone()
  return (
    <DoctorBooking
      doctorId={doctorId}
      viewerZone={zone}
      week={week ?? startOfWeek(dateInZone(new Date(), zone))}
      onWeekChange={(next) => void navigate({ search: { week: next } })}
      onBooked={() => void navigate({ to: '/appointments', search: { scope: 'upcoming', page: 1, size: 20, booked: true } })}
    />
  )
}
