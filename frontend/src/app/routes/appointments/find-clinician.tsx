import { createLazyRoute } from '@tanstack/react-router'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { DoctorTable } from '@/features/scheduling/components/doctor-table'

export const Route = createLazyRoute('/_signedIn/appointments/book')({ component: FindClinicianPage })

function FindClinicianPage() {
  const { t } = useTranslation()
  const { page, ...search } = Route.useSearch()
  const navigate = Route.useNavigate()
  const open = useCallback(
    (doctor: { id: string }) => void navigate({ to: '/appointments/book/$doctorId', params: { doctorId: doctor.id }, search: {} }),
    [navigate],
  )
  return (
    <>
      <PageHeader title={t('scheduling.findTitle')} description={t('scheduling.findDescription')} />
      <DoctorTable
        {...search}
        page={page - 1}
        onOpen={open}
        onQueryChange={(query) => void navigate({ search: { ...query, page: query.page + 1 } })}
      />
    </>
  )
}
