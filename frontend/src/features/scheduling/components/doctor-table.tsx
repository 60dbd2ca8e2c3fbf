import { type FormEvent, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '@/components/ui/button'
import { DataTable } from '@/components/ui/data-table'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { QueryState } from '@/components/ui/query-state'
import { type DoctorQuery, type ListedDoctor, useDoctors } from '../api/get-doctors'
import { useSpecialtyName } from '../api/get-specialties'
import { doctorColumns } from './doctor-columns'

type DoctorTableProps = DoctorQuery & {
  onQueryChange: (query: DoctorQuery) => void
  onOpen?: (doctor: ListedDoctor) => void
}

/** The clinician directory: name and specialty filters and a paged table, all state in the URL. */
export function DoctorTable({ onQueryChange, onOpen, ...query }: DoctorTableProps) {
  const { t } = useTranslation()
  const doctors = useDoctors(query)
  const specialtyName = useSpecialtyName()
  const columns = useMemo(() => doctorColumns(t, specialtyName, onOpen), [t, specialtyName, onOpen])
  const [name, setName] = useState(query.q ?? '')
  const [specialty, setSpecialty] = useState(query.specialty ?? '')

  function submit(event: FormEvent) {
    event.preventDefault()
    onQueryChange({ ...query, q: name.trim() || undefined, specialty: specialty.trim() || undefined, page: 0 })
  }

  return (
    <div className="grid grid-cols-1 gap-4">
      <form onSubmit={submit} className="grid items-end gap-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto]" role="search">
        <FormField label={t('scheduling.doctors.searchName')}>
          <Input type="search" value={name} onChange={(event) => setName(event.target.value)} maxLength={100} />
        </FormField>
        <FormField label={t('scheduling.doctors.searchSpecialty')}>
          <Input type="search" value={specialty} onChange={(event) => setSpecialty(event.target.value)} maxLength={60} />
        </FormField>
        <Button type="submit" variant="secondary" size="lg">
          {t('scheduling.doctors.search')}
        </Button>
      </form>
      <QueryState query={doctors} />
      {doctors.data && (
        <DataTable
          exportFileName="clinicians-view"
          caption={t('scheduling.doctors.caption')}
          columns={columns}
          data={doctors.data.content}
          getRowId={(doctor) => doctor.id}
          empty={t('scheduling.doctors.empty')}
          pagination={{
            state: { pageIndex: query.page, pageSize: query.size },
            totalRows: doctors.data.totalElements,
            onChange: (next) => onQueryChange({ ...query, page: next.pageIndex, size: next.pageSize }),
          }}
        />
      )}
    </div>
  )
}
