import { describe, expect, it } from 'vitest'
import { adminAppointmentFilters, adminAppointmentQuery, emptyOnBehalfDraft, onBehalfBooking, pickDoctor } from './admin-appointments'

const doctorId = '0b9c2f6e-3f8a-4a57-9a57-2b1f7e3c9d10'
const slot = { doctorId, startsAt: '2026-12-01T10:00:00+01:00', endsAt: '2026-12-01T10:30:00+01:00' }
const doctor = { id: doctorId, displayName: 'Dra. Ruiz', timezone: 'Europe/Madrid' }
const patient = { id: 'a1d3c2b4-0000-4000-8000-000000000001', displayName: 'Ana' }

describe('admin appointment filters', () => {
  it('keeps valid filters from the URL and drops malformed ones', () => {
    expect(adminAppointmentFilters({ from: '2026-12-01', to: '2026-12-07', status: 'BOOKED', doctorId, page: '3', size: '50' })).toEqual({
      from: '2026-12-01',
      to: '2026-12-07',
      status: 'BOOKED',
      doctorId,
      page: 3,
      size: 50,
    })
    expect(adminAppointmentFilters({ from: '2026-13-40', status: 'LOST', doctorId: 'x', page: '-1', size: '7' })).toEqual({
      from: undefined,
      to: undefined,
      status: undefined,
      doctorId: undefined,
      page: 1,
      size: 20,
    })
  })

  it('ignores an end date before the start date', () => {
    expect(adminAppointmentFilters({ from: '2026-12-07', to: '2026-12-01' }).to).toBeUndefined()
  })

  it('asks the API for whole days in the admin zone, the last day included, pages from 0', () => {
    const query = adminAppointmentQuery(
      { from: '2026-12-01', to: '2026-12-07', status: 'CANCELLED', doctorId, page: 2, size: 20 },
      'Europe/Madrid',
    )
    expect(query).toEqual({
      from: '2026-11-30T23:00:00.000Z',
      to: '2026-12-07T23:00:00.000Z',
      status: 'CANCELLED',
      doctorId,
      page: 1,
      size: 20,
    })
    expect(adminAppointmentQuery({ page: 1, size: 10 }, 'UTC')).toEqual({ page: 0, size: 10 })
  })
})

describe('booking on behalf of a member', () => {
  it('needs a member, a clinician and one of their slots', () => {
    expect(onBehalfBooking(emptyOnBehalfDraft)).toBeNull()
    expect(onBehalfBooking({ ...emptyOnBehalfDraft, doctor, slot })).toBeNull()
    expect(onBehalfBooking({ patient, doctor, slot, reason: '  ' })).toEqual({
      doctorId,
      startsAt: slot.startsAt,
      patientId: patient.id,
      reason: undefined,
    })
    expect(onBehalfBooking({ patient, doctor, slot, reason: ' control ' })?.reason).toBe('control')
  })

  it('forgets the slot when another clinician is picked', () => {
    const draft = { patient, doctor, slot, reason: '' }
    expect(pickDoctor(draft, doctor).slot).toBe(slot)
    const other = pickDoctor(draft, { id: 'ffffffff-3f8a-4a57-9a57-2b1f7e3c9d10', displayName: 'Dr. Otro', timezone: 'UTC' })
    expect(other.slot).toBeNull()
    expect(onBehalfBooking(other)).toBeNull()
  })
})
