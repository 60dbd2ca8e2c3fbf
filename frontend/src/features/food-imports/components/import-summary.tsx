import { useTranslation } from 'react-i18next'
import type { FoodImport } from '../api/food-imports'
import { importSummaryText } from '../utils/import-labels'

const tones = { SUCCEEDED: undefined, FAILED: 'text-danger-700', QUEUED: 'text-muted', RUNNING: 'text-muted' } as const

/** Foods, nutrient values and portions of a finished import, its error, or its progress. */
export function ImportSummary({ job }: { job: FoodImport }) {
  const { t } = useTranslation()
  return <span className={tones[job.status]}>{importSummaryText(t, job)}</span>
}
