import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'

export type ReportStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED'

export type Report = {
  id: string
  type: string
  params: { year: number; month: number }
  status: ReportStatus
  progress: number
  createdAt: string
  startedAt: string | null
  finishedAt: string | null
  error: string | null
}

type Page<T> = { content: T[]; page: number; size: number; totalElements: number; hasNext: boolean }

export type Kpis = {
  generatedAt: string
  activity: { active1d: number; active7d: number; active30d: number; stickiness: number | null; loggingAdherence: number | null }
  subscriptions: Record<string, number>
  /** Paying subscribers who cancelled and leave when their period ends (a trial cancelled during the trial is not one). */
  leaving: number
  mrrTrend: { month: string; currency: string; mrr: number; activeSubscribers: number }[]
  newVsChurned: { month: string; newSubscriptions: number; churned: number }[]
  revenueByPlan: { planId: string; code: string; name: string; currency: string; revenue: number; payments: number }[]
  dailyActive: { day: string; members: number }[]
  appointmentsPerWeek: { weekStart: string; booked: number }[]
}

const keys = {
  reports: (page: number) => ['reports', page] as const,
  all: ['reports'] as const,
  kpis: ['kpis'] as const,
}

const live = (report: Report) => report.status === 'QUEUED' || report.status === 'RUNNING'

/** Past and current reports; polls every second while one is queued or running. */
/** Reports per page of the admin's list. */
export const reportsPageSize = 10

export const useReports = (page: number) =>
  useQuery({
    queryKey: keys.reports(page),
    queryFn: () => api.get<Page<Report>>('/admin/reports', { params: { page, size: reportsPageSize } }),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.content.some(live) ? 1000 : false),
  })

export function useGenerateReport() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: { year: number; month: number }) => api.post<Report>('/admin/reports', { type: 'FINANCIAL_MONTHLY', ...input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.all }),
  })
}

/** With a byte-order mark, so a spreadsheet reads the plan names ("Básico") as UTF-8. */
export const downloadReport = (id: string) => api.download(`/admin/reports/${id}/download`, { params: { format: 'csv', bom: 'true' } })

export const useKpis = () => useQuery({ queryKey: keys.kpis, queryFn: () => api.get<Kpis>('/admin/kpis'), staleTime: 60_000 })
