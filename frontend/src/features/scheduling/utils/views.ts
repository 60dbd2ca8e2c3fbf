export const agendaViews = ['day', 'week'] as const
export type AgendaView = (typeof agendaViews)[number]

/** Upcoming: still booked, from now on; past: everything before now, newest first; cancelled: every cancelled one, newest first. */
export const appointmentScopes = ['upcoming', 'past', 'cancelled'] as const
export type AppointmentScope = (typeof appointmentScopes)[number]
