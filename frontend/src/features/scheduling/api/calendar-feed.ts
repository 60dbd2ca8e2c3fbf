import { useMutation } from '@tanstack/react-query'
import { api } from '@/lib/api-client'

/** Creates (or replaces) the private feed URL; the old one stops working. */
export function createCalendarFeed(): Promise<{ url: string }> {
  return api.post<{ url: string }>('/calendar-feed')
}

export function useCreateCalendarFeed() {
  return useMutation({ mutationFn: createCalendarFeed })
}

export function revokeCalendarFeed(): Promise<void> {
  return api.delete('/calendar-feed')
}

export function useRevokeCalendarFeed() {
  return useMutation({ mutationFn: revokeCalendarFeed })
}
