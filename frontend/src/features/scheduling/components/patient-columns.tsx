import type { ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { Patient } from '../api/get-patients'

export function patientColumns(t: TFunction): ColumnDef<Patient, unknown>[] {
  return [
    {
      accessorKey: 'displayName',
      meta: { exportValue: (patient) => patient.displayName },
      header: () => t('scheduling.patients.name'),
      cell: ({ row }) => <span className="font-medium text-ink">{row.original.displayName}</span>,
    },
    {
      accessorKey: 'email',
      meta: { exportValue: (patient) => patient.email },
      header: () => t('scheduling.patients.email'),
      cell: ({ row }) => (
        <a href={`mailto:${row.original.email}`} className="break-all text-brand-700 hover:underline">
          {row.original.email}
        </a>
      ),
    },
  ]
}
