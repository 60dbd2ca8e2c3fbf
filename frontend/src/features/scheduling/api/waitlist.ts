import { useMutation } from '@tanstack/react-query'
import { api } from '@/lib/api-client'

export type WaitlistEntry = { id: string; doctorId: string; memberId: string; date: string; position: number }

export function joinWaitlist({ doctorId, date }: { doctorId: string; date: string }): Promise<WaitlistEntry> {
  return api.post<WaitlistEntry>(`/doctors/${doctorId}/waitlist`, { date })
}

export function useJoinWaitlist() {
  return useMutation({ mutationFn: joinWaitlist })
}

export function leaveWaitlist({ doctorId, date }: { doctorId: string; date: string }): Promise<void> {
  return api.delete(`/doctors/${doctorId}/waitlist/${date}`)
}

export function useLeaveWaitlist() {
  return useMutation({ mutationFn: leaveWaitlist })
}
