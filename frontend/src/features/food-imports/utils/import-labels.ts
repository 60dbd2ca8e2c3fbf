import type { TFunction } from 'i18next'
import { formatNumber } from '@/lib/format'
import type { FoodImport, ImportStatus } from '../api/food-imports'
import { progressPercent } from './import-progress'

/** An import status in words, as the badge and the exports say it. */
export function importStatusLabel(t: TFunction, status: ImportStatus) {
  return t(`foodImports.statuses.${status}`)
}

/** Foods, nutrient values and portions of a finished import, its error, or its progress, in words. */
export function importSummaryText(t: TFunction, job: FoodImport) {
  if (job.status === 'SUCCEEDED') {
    return t('foodImports.summary', {
      foods: formatNumber(job.foods ?? 0),
      nutrients: formatNumber(job.nutrientValues ?? 0),
      portions: formatNumber(job.portions ?? 0),
    })
  }
  if (job.status === 'FAILED') return job.error ?? t('foodImports.failed')
  const percent = progressPercent(job)
  return percent === null ? t('foodImports.preparing') : `${percent} %`
}
