import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { saveFile } from '@/lib/save-file'
import type { Appointment } from './get-appointments'
import { queryKeys } from './query-keys'

/** patientId: admins only, booking for that member. */
export type BookingInput = { doctorId: string; startsAt: string; reason?: string; patientId?: string }

/** What POST /appointments answers: the booking itself, without the names the lists join in. */
export type Booked = Omit<Appointment, 'doctorName' | 'patientName'>

/** 409 SLOT_TAKEN, OVERLAPS_APPOINTMENT or SLOT_HELD when someone was faster; 422 when the slot is not bookable. */
export function bookAppointment(input: BookingInput): Promise<Booked> {
  return api.post<Booked>('/appointments', input)
}

type Action = 'cancel' | 'complete' | 'no-show'

export function changeAppointment({ id, action, reason }: { id: string; action: Action; reason?: string }): Promise<Appointment> {
  return api.post<Appointment>(`/appointments/${id}/${action}`, action === 'cancel' && reason ? { reason } : undefined)
}

export function rescheduleAppointment({ id, startsAt }: { id: string; startsAt: string }): Promise<Appointment> {
  return api.post<Appointment>(`/appointments/${id}/reschedule`, { startsAt })
}

/** Every change frees or takes a slot, so lists and open slots are both refreshed. */
function useInvalidatingMutation<I, R>(mutationFn: (input: I) => Promise<R>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.appointmentsAll }),
        queryClient.invalidateQueries({ queryKey: queryKeys.slotsAll }),
      ]),
  })
}

export function useBookAppointment() {
  return useInvalidatingMutation(bookAppointment)
}

export function useChangeAppointment() {
  return useInvalidatingMutation(changeAppointment)
}

export function useRescheduleAppointment() {
  return useInvalidatingMutation(rescheduleAppointment)
}

export async function downloadIcs(id: string): Promise<void> {
  saveFile(await api.download(`/appointments/${id}/ics`), `appointment-${id}.ics`)
}

export function useDownloadIcs() {
  return useMutation({ mutationFn: downloadIcs })
}
