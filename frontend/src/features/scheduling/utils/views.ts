export const agendaViews = ['day', 'week'] as const
export type AgendaView = (typeof agendaViews)[number]

export const appointmentScopes = ['upcoming', 'past'] as const
export type AppointmentScope = (typeof appointmentScopes)[number]
