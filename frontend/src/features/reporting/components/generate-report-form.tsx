import { zodResolver } from '@hookform/resolvers/zod'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { applyServerErrors } from '@/lib/form-errors'
import { useForm } from '@/lib/use-form'
import { useGenerateReport } from '../api/reporting'
import { lastMonth, reportMonthSchema } from '../utils/report-month'

/** The request names the year and the month; the form has one input for both. */
const fieldFor = (serverField: string) => (serverField === 'year' || serverField === 'month' ? 'month' : undefined)

/** Queues a monthly financial report; `children` sit next to its button. */
export function GenerateReportForm({ children }: { children?: ReactNode }) {
  const { t } = useTranslation()
  const form = useForm({ resolver: zodResolver(reportMonthSchema(t)), defaultValues: { month: lastMonth() } })
  const generate = useGenerateReport()
  const { errors } = form.formState
  // The summary ("check the field") adds nothing next to the one field.
  const error = errors.month?.message
  const problem = error ? undefined : errors.root?.server?.message

  const submit = form.handleSubmit(({ month }) =>
    generate.mutate(month, { onError: (problem) => applyServerErrors(problem, form, t, fieldFor) }),
  )

  return (
    <form noValidate className="grid gap-3" onSubmit={submit} data-testid="generate-report">
      {/* Top-aligned with the buttons level with the input, so an error under it moves nothing. */}
      <div className="flex flex-wrap items-start gap-3">
        <FormField label={t('reporting.reports.month')} error={error} className="w-48">
          <Input type="month" data-testid="report-month" {...form.register('month')} />
        </FormField>
        <div className="flex flex-wrap gap-3 sm:mt-7">
          <Button type="submit" pending={generate.isPending}>
            {t('reporting.reports.generate')}
          </Button>
          {children}
        </div>
      </div>
      <FormAlert message={problem} />
    </form>
  )
}
