import { useTranslation } from 'react-i18next'
import { formatNumber } from '@/lib/format'
import type { FoodImport } from '../api/food-imports'
import { progressPercent } from '../utils/import-progress'

/** Foods, nutrient values and portions of a finished import, its error, or its progress. */
export function ImportSummary({ job }: { job: FoodImport }) {
  const { t } = useTranslation()
  if (job.status === 'SUCCEEDED') {
    return (
      <span>
        {t('foodImports.summary', {
          foods: formatNumber(job.foods ?? 0),
          nutrients: formatNumber(job.nutrientValues ?? 0),
          portions: formatNumber(job.portions ?? 0),
        })}
      </span>
    )
  }
  if (job.status === 'FAILED') return <span className="text-danger-700">{job.error ?? t('foodImports.failed')}</span>
  const percent = progressPercent(job)
  return <span className="text-muted">{percent === null ? t('foodImports.preparing') : `${percent} %`}</span>
}
