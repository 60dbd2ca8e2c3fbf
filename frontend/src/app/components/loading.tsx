import { useTranslation } from 'react-i18next'
import { Spinner } from '@/components/ui/spinner'

export function Loading() {
  const { t } = useTranslation()
  return (
    <p className="flex items-center gap-2 py-10 text-sm text-muted">
      <Spinner /> {t('common.loading')}
    </p>
  )
}

