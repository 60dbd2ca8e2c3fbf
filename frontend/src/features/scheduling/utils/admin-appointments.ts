import { isIsoDate } from '@/lib/format'
import { type AppointmentQuery, type AppointmentStatus, appointmentStatuses } from '../api/get-appointments'
import type { OpenSlot } from '../api/get-slots'
import { plusDays, startOfDayInZone } from './zoned-time'

/** The admin appointments page's filters as they live in the URL: calendar dates, both inclusive. */
export type AdminAppointmentFilters = {
  from?: string
  to?: string
  status?: AppointmentStatus
  doctorId?: string
  page: number
  size: number
}

const pageSizes = [10, 20, 50] as const

/** Reads the URL search, dropping anything malformed (a bad date is no filter, not an error). */
export function adminAppointmentFilters(search: Record<string, unknown>): AdminAppointmentFilters {
  const page = Number(search.page)
  const from = isIsoDate(search.from) ? search.from : undefined
  const to = isIsoDate(search.to) ? search.to : undefined
  return {
    from,
    // An end before the start would list nothing: keep the start only.
    to: to && (!from || to >= from) ? to : undefined,
    status: appointmentStatuses.find((status) => status === search.status),
    doctorId: typeof search.doctorId === 'string' && /^[0-9a-f-]{36}$/i.test(search.doctorId) ? search.doctorId : undefined,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    size: pageSizes.find((size) => size === Number(search.size)) ?? 20,
  }
}

/**
 * The API query for the filters: whole days in the admin's time zone, the end day included
 * (the API's `to` is exclusive), pages counted from 0.
 */
export function adminAppointmentQuery(filters: AdminAppointmentFilters, zone: string): AppointmentQuery {
  return {
    from: filters.from ? startOfDayInZone(filters.from, zone).toISOString() : undefined,
    to: filters.to ? startOfDayInZone(plusDays(filters.to, 1), zone).toISOString() : undefined,
    status: filters.status,
    doctorId: filters.doctorId,
    page: filters.page - 1,
    size: filters.size,
  }
}

/** What booking on behalf needs: a member, a clinician and one of that clinician's open slots. */
export type OnBehalfDraft = {
  patient: { id: string; displayName: string } | null
  doctor: { id: string; displayName: string; timezone: string } | null
  slot: OpenSlot | null
  reason: string
}

export const emptyOnBehalfDraft: OnBehalfDraft = { patient: null, doctor: null, slot: null, reason: '' }

/** Changing the clinician drops a slot that belonged to the previous one. */
export function pickDoctor(draft: OnBehalfDraft, doctor: OnBehalfDraft['doctor']): OnBehalfDraft {
  return { ...draft, doctor, slot: draft.slot && doctor && draft.slot.doctorId === doctor.id ? draft.slot : null }
}

/** The POST /appointments body, or null while something is missing. */
export function onBehalfBooking(draft: OnBehalfDraft): { doctorId: string; startsAt: string; patientId: string; reason?: string } | null {
  if (!draft.patient || !draft.doctor || !draft.slot || draft.slot.doctorId !== draft.doctor.id) return null
  const reason = draft.reason.trim()
  return { doctorId: draft.doctor.id, startsAt: draft.slot.startsAt, patientId: draft.patient.id, reason: reason || undefined }
}
