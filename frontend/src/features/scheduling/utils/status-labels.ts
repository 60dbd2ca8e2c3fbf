import type { TFunction } from 'i18next'
import type { AppointmentStatus } from '../api/get-appointments'

/** An appointment status in words, as the badge and the exports say it. */
export function appointmentStatusLabel(t: TFunction, status: AppointmentStatus) {
  return t(`scheduling.status.${status}`)
}
