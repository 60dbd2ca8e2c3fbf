import type { Shape } from '../shape'
import type { es } from './es'

/** Must have exactly the Spanish keys (checked when compiling). */
export const en: Shape<typeof es> = {
  reporting: {
    title: 'Home',
    description: 'Platform indicators and monthly financial reports.',
    kpis: {
      active1d: 'Active today',
      active30d: 'Active in 30 days',
      stickiness: 'Stickiness (DAU/MAU)',
      adherence: 'Food logging adherence',
      stickinessHint: 'Average daily actives over the 30 days before today, out of those active in them',
      adherenceHint: 'Log on at least 5 of the last 7 days',
      activeSubscribersHint: 'The MRR also counts {{cancelling}} leaving at the end of their period and {{pastDue}} with a charge to retry',
      activeSubscribers: 'Active subscriptions',
      mrr: 'MRR',
      none: '—',
    },
    charts: {
      mrr: 'MRR over the last 12 months',
      movements: 'New and churned per month',
      newSubscriptions: 'New',
      churned: 'Churned',
      daily: 'Active members per day',
      bookings: 'Appointments booked per week',
    },
    reports: {
      title: 'Financial reports',
      month: 'Month',
      generate: 'Generate',
      generating: 'Generating…',
      type: 'Report',
      FINANCIAL_MONTHLY: 'Monthly financial',
      params: 'Period',
      status: 'Status',
      createdAt: 'Requested',
      progress: 'Progress',
      download: 'Download CSV',
      empty: 'No reports yet.',
      statuses: { QUEUED: 'Queued', RUNNING: 'Running', DONE: 'Done', FAILED: 'Failed' },
    },
  },
}
