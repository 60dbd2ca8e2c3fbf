import { createLazyRoute } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { AvailabilityEditor } from '@/features/scheduling/components/availability-editor'
import { RequireRole } from '../../components/require-role'

export const Route = createLazyRoute('/_signedIn/availability')({ component: AvailabilityPage })

function AvailabilityPage() {
  const { t } = useTranslation()
  return (
    <RequireRole roles={['CLINICIAN']} message={t('scheduling.clinicianOnly')}>
      {(me) => (
        <>
          <PageHeader title={t('scheduling.availabilityTitle')} description={t('scheduling.availabilityDescription')} />
          <AvailabilityEditor doctorId={me.id} />
        </>
      )}
    </RequireRole>
  )
}
