import { type FormEvent, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '@/components/ui/button'
import { DataTable } from '@/components/ui/data-table'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { QueryState } from '@/components/ui/query-state'
import { type PatientQuery, usePatients } from '../api/get-patients'
import { patientColumns } from './patient-columns'

export function PatientTable({ onQueryChange, ...query }: PatientQuery & { onQueryChange: (query: PatientQuery) => void }) {
  const { t } = useTranslation()
  const patients = usePatients(query)
  const columns = useMemo(() => patientColumns(t), [t])
  const [text, setText] = useState(query.q)

  function submit(event: FormEvent) {
    event.preventDefault()
    onQueryChange({ ...query, q: text.trim(), page: 0 })
  }

  return (
    <div className="grid grid-cols-1 gap-4">
      <form onSubmit={submit} role="search" className="grid items-end gap-3 sm:grid-cols-[minmax(0,24rem)_auto] sm:justify-start">
        <FormField label={t('scheduling.patients.search')}>
          <Input type="search" value={text} maxLength={100} onChange={(event) => setText(event.target.value)} />
        </FormField>
        <Button type="submit" variant="secondary" size="lg">
          {t('scheduling.doctors.search')}
        </Button>
      </form>
      <QueryState query={patients} />
      {patients.data && (
        <DataTable
          exportFileName="patients-view"
          caption={t('scheduling.patients.caption')}
          columns={columns}
          data={patients.data.content}
          getRowId={(patient) => patient.id}
          empty={t('scheduling.patients.empty')}
          pagination={{
            state: { pageIndex: query.page, pageSize: query.size },
            totalRows: patients.data.totalElements,
            onChange: (next) => onQueryChange({ ...query, page: next.pageIndex, size: next.pageSize }),
          }}
        />
      )}
    </div>
  )
}
