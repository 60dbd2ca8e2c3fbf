import { useTranslation } from 'react-i18next'
import { Badge } from '@/components/ui/badge'
import type { AppointmentStatus } from '../api/get-appointments'
import { appointmentStatusLabel } from '../utils/status-labels'

const tones = { BOOKED: 'brand', CANCELLED: 'neutral', COMPLETED: 'success', NO_SHOW: 'warning' } as const

export function StatusBadge({ status }: { status: AppointmentStatus }) {
  const { t } = useTranslation()
  return (
    <Badge tone={tones[status]} data-testid="appointment-status" data-status={status}>
      {appointmentStatusLabel(t, status)}
    </Badge>
  )
}
