import type { FoodImport } from '../api/food-imports'

/** How often a running import is asked for its progress. */
export const POLL_MS = 1000

export function isActive(job: Pick<FoodImport, 'status'>): boolean {
  return job.status === 'QUEUED' || job.status === 'RUNNING'
}

/** Heading of the card following an import: "in progress" only while it still runs. */
export function followedImportTitle(job: Pick<FoodImport, 'status'> | undefined): 'foodImports.currentTitle' | 'foodImports.lastTitle' {
  return !job || isActive(job) ? 'foodImports.currentTitle' : 'foodImports.lastTitle'
}

/** Whole percent of foods imported, or null while the total is not known yet. */
export function progressPercent(job: Pick<FoodImport, 'status' | 'rowsDone' | 'rowsTotal'>): number | null {
  if (job.status === 'SUCCEEDED') return 100
  if (job.rowsTotal <= 0) return null
  return Math.min(100, Math.floor((job.rowsDone / job.rowsTotal) * 100))
}

/** Why a chosen file cannot be uploaded, as a translation key; null when it can. */
export function fileProblem(file: Pick<File, 'name' | 'size'> | null): 'foodImports.fileRequired' | 'foodImports.fileNotZip' | null {
  if (!file || file.size === 0) return 'foodImports.fileRequired'
  if (!file.name.toLowerCase().endsWith('.zip')) return 'foodImports.fileNotZip'
  return null
}

/** Remaining quota as a share of the hourly limit, for the meter; null when off. */
export function quotaShare(status: { hourlyLimit: number | null; quotaRemaining: number | null }): number | null {
  if (status.hourlyLimit === null || status.quotaRemaining === null || status.hourlyLimit <= 0) return null
  return Math.max(0, Math.min(1, status.quotaRemaining / status.hourlyLimit))
}
