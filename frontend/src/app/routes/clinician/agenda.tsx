import { createLazyRoute } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { Agenda } from '@/features/scheduling/components/agenda'
import { RequireRole } from '../../components/require-role'

export const Route = createLazyRoute('/_signedIn/agenda')({ component: AgendaPage })

function AgendaPage() {
  const { t } = useTranslation()
  const { view, date } = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <RequireRole roles={['CLINICIAN']} message={t('scheduling.clinicianOnly')}>
      {(me) => (
        <>
          <PageHeader title={t('scheduling.agendaTitle')} description={t('scheduling.agendaDescription')} />
          <Agenda doctorId={me.id} view={view} date={date} onChange={(next) => void navigate({ search: next })} />
        </>
      )}
    </RequireRole>
  )
}
