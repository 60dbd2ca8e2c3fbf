import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '@/components/ui/data-table'
import { FormField } from '@/components/ui/form-field'
import { Input, NativeSelect } from '@/components/ui/input'
import { QueryState } from '@/components/ui/query-state'
import { type AppointmentStatus, appointmentStatuses, useAppointments } from '../api/get-appointments'
import { useDoctors } from '../api/get-doctors'
import { type AdminAppointmentFilters, adminAppointmentQuery, type AppointmentSort, appointmentSorts } from '../utils/admin-appointments'
import { adminAppointmentColumns } from './admin-appointment-columns'

type AdminAppointmentsProps = {
  filters: AdminAppointmentFilters
  zone: string
  onFiltersChange: (filters: AdminAppointmentFilters) => void
}

/** All appointments, filtered by dates, status and clinician; the filters live in the URL. */
export function AdminAppointments({ filters, zone, onFiltersChange }: AdminAppointmentsProps) {
  const { t } = useTranslation()
  const appointments = useAppointments(adminAppointmentQuery(filters, zone))
  const doctors = useDoctors({ page: 0, size: 100 })
  const columns = useMemo(() => adminAppointmentColumns(t, zone), [t, zone])
  const change = (next: Partial<AdminAppointmentFilters>) => onFiltersChange({ ...filters, ...next, page: next.page ?? 1 })

  return (
    <div className="grid grid-cols-1 gap-3">
      <div
        className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3"
        role="group"
        aria-label={t('scheduling.adminAppointments.filters')}
      >
        <FormField label={t('scheduling.adminAppointments.from')}>
          <Input
            type="date"
            value={filters.from ?? ''}
            onChange={(event) => change({ from: event.target.value || undefined })}
            data-testid="filter-from"
          />
        </FormField>
        <FormField label={t('scheduling.adminAppointments.to')}>
          <Input
            type="date"
            value={filters.to ?? ''}
            onChange={(event) => change({ to: event.target.value || undefined })}
            data-testid="filter-to"
          />
        </FormField>
        <FormField label={t('scheduling.appointments.status')}>
          <NativeSelect
            value={filters.status ?? ''}
            onChange={(event) => change({ status: (event.target.value || undefined) as AppointmentStatus | undefined })}
            data-testid="filter-status"
          >
            <option value="">{t('scheduling.adminAppointments.anyStatus')}</option>
            {appointmentStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`scheduling.status.${status}`)}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField label={t('scheduling.appointments.clinician')}>
          <NativeSelect
            value={filters.doctorId ?? ''}
            onChange={(event) => change({ doctorId: event.target.value || undefined })}
            data-testid="filter-doctor"
          >
            <option value="">{t('scheduling.adminAppointments.anyClinician')}</option>
            {doctors.data?.content.map((doctor) => (
              <option key={doctor.id} value={doctor.id}>
                {doctor.displayName}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField label={t('scheduling.adminAppointments.sortBy')}>
          <NativeSelect
            value={filters.sort}
            onChange={(event) => change({ sort: event.target.value as AppointmentSort })}
            data-testid="sort"
          >
            {appointmentSorts.map((sort) => (
              <option key={sort} value={sort}>
                {t(`scheduling.adminAppointments.sorts.${sort}`)}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      </div>
      {appointments.data && (
        <p className="text-sm text-muted" data-testid="appointments-total" aria-live="polite">
          {t('scheduling.adminAppointments.total', { count: appointments.data.totalElements })}
        </p>
      )}
      <QueryState query={appointments} />
      {appointments.data && (
        <DataTable
          exportFileName="appointments-view"
          caption={t('scheduling.adminAppointments.caption')}
          columns={columns}
          data={appointments.data.content}
          getRowId={(appointment) => appointment.id}
          empty={t('scheduling.adminAppointments.empty')}
          pagination={{
            state: { pageIndex: filters.page - 1, pageSize: filters.size },
            totalRows: appointments.data.totalElements,
            onChange: (next) => change({ page: next.pageIndex + 1, size: next.pageSize }),
          }}
        />
      )}
    </div>
  )
}
