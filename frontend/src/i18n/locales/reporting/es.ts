// The admin home: KPIs, charts and the financial reports.
export const es = {
  reporting: {
    title: 'Inicio',
    description: 'Indicadores de la plataforma e informes financieros mensuales.',
    kpis: {
      active1d: 'Activos hoy',
      active30d: 'Activos en 30 días',
      stickiness: 'Fidelidad (DAU/MAU)',
      adherence: 'Constancia registrando comidas',
      stickinessHint: 'Media de activos diarios de los 30 días anteriores a hoy, sobre los activos en esos días',
      adherenceHint: 'Registran al menos 5 de los últimos 7 días',
      activeSubscribersHint:
        'El MRR cuenta además {{cancelling}} que se dan de baja al final de su periodo y {{pastDue}} con un cobro pendiente',
      activeSubscribers: 'Suscripciones activas',
      mrr: 'MRR',
      none: '—',
    },
    charts: {
      mrr: 'MRR de los últimos 12 meses',
      movements: 'Altas y bajas por mes',
      newSubscriptions: 'Altas',
      churned: 'Bajas',
      daily: 'Miembros activos por día',
      bookings: 'Citas reservadas por semana',
    },
    reports: {
      title: 'Informes financieros',
      month: 'Mes',
      generate: 'Generar',
      generating: 'Generando…',
      type: 'Informe',
      FINANCIAL_MONTHLY: 'Financiero mensual',
      params: 'Periodo',
      status: 'Estado',
      createdAt: 'Pedido',
      progress: 'Progreso',
      download: 'Descargar CSV',
      empty: 'Todavía no hay informes.',
      statuses: { QUEUED: 'En cola', RUNNING: 'Calculando', DONE: 'Listo', FAILED: 'Ha fallado' },
    },
  },
}
