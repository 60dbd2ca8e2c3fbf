import { useTranslation } from 'react-i18next'
import { Badge } from '@/components/ui/badge'
import type { ImportStatus } from '../api/food-imports'
import { importStatusLabel } from '../utils/import-labels'

const tones = { QUEUED: 'neutral', RUNNING: 'brand', SUCCEEDED: 'success', FAILED: 'warning' } as const

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const { t } = useTranslation()
  return <Badge tone={tones[status]}>{importStatusLabel(t, status)}</Badge>
}
