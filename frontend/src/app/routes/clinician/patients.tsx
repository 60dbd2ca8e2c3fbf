import { createLazyRoute } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { PatientTable } from '@/features/scheduling/components/patient-table'
import { RequireRole } from '../../components/require-role'

export const Route = createLazyRoute('/_signedIn/patients')({ component: PatientsPage })

function PatientsPage() {
  const { t } = useTranslation()
  const { q, page, size } = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <RequireRole roles={['CLINICIAN', 'ADMIN']} message={t('scheduling.clinicianOnly')}>
      {() => (
        <>
          <PageHeader title={t('scheduling.patientsTitle')} description={t('scheduling.patientsDescription')} />
          <PatientTable
            q={q ?? ''}
            page={page - 1}
            size={size}
            onQueryChange={(query) => void navigate({ search: { q: query.q || undefined, page: query.page + 1, size: query.size } })}
          />
        </>
      )}
    </RequireRole>
  )
}
