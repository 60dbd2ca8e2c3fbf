import { useFieldArray, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { AddRowButton, RemoveRowButton } from '@/components/row-buttons'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { FormField } from '@/components/ui/form-field'
import { Input, NativeSelect } from '@/components/ui/input'
import { weekDays } from '../api/availability'
import { nextWindow } from '../utils/availability-draft'
import type { AvailabilityForm } from './availability-editor'

/** An error about a whole list (the server says "weekly" when it cannot tell which row). */
const listError = (error: { message?: string; root?: { message?: string } } | undefined) => error?.message ?? error?.root?.message

function ListError({ message }: { message?: string }) {
  return message ? <p className="text-sm text-danger-700">{message}</p> : null
}

export function WeeklyHours({ form }: { form: AvailabilityForm }) {
  const { t } = useTranslation()
  const rows = useFieldArray({ control: form.control, name: 'weekly' })
  const [zone, weekly] = useWatch({ control: form.control, name: ['timezone', 'weekly'] })
  const errors = form.formState.errors.weekly
  return (
    <Card aria-labelledby="weekly-title">
      <CardHeader>
        <CardTitle id="weekly-title">{t('scheduling.availability.weekly')}</CardTitle>
        <CardDescription>{t('scheduling.availability.weeklyHint', { zone })}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        <ListError message={listError(errors)} />
        {rows.fields.length === 0 && <p className="text-sm text-muted">{t('scheduling.availability.noHours')}</p>}
        {rows.fields.map((row, index) => (
          <div
            key={row.id}
            className="grid grid-cols-2 items-start gap-2 sm:grid-cols-[minmax(0,1.3fr)_minmax(0,1fr)_minmax(0,1fr)_auto]"
            data-testid="weekly-row"
          >
            <FormField
              label={t('scheduling.availability.day')}
              error={errors?.[index]?.dayOfWeek?.message}
              className="col-span-2 sm:col-span-1"
            >
              <NativeSelect {...form.register(`weekly.${index}.dayOfWeek`)}>
                {weekDays.map((day) => (
                  <option key={day} value={day}>
                    {t(`scheduling.days.${day}`)}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
            <FormField label={t('scheduling.availability.start')} error={errors?.[index]?.start?.message}>
              <Input type="time" {...form.register(`weekly.${index}.start`)} />
            </FormField>
            <FormField label={t('scheduling.availability.end')} error={errors?.[index]?.end?.message}>
              <Input type="time" {...form.register(`weekly.${index}.end`)} />
            </FormField>
            <RemoveRowButton
              className="sm:mt-7"
              label={t('scheduling.availability.removeHours', {
                day: t(`scheduling.days.${weekly[index]?.dayOfWeek ?? row.dayOfWeek}`),
              })}
              onClick={() => rows.remove(index)}
            />
          </div>
        ))}
        <AddRowButton onClick={() => rows.append(nextWindow(form.getValues('weekly')), { shouldFocus: false })} testId="add-hours">
          {t('scheduling.availability.addHours')}
        </AddRowButton>
      </CardContent>
    </Card>
  )
}

export function DateExceptions({ form }: { form: AvailabilityForm }) {
  const { t } = useTranslation()
  const rows = useFieldArray({ control: form.control, name: 'exceptions' })
  const exceptions = useWatch({ control: form.control, name: 'exceptions' })
  const errors = form.formState.errors.exceptions
  return (
    <Card aria-labelledby="exceptions-title">
      <CardHeader>
        <CardTitle id="exceptions-title">{t('scheduling.availability.exceptions')}</CardTitle>
        <CardDescription>{t('scheduling.availability.exceptionsHint')}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        <ListError message={listError(errors)} />
        {rows.fields.length === 0 && <p className="text-sm text-muted">{t('scheduling.availability.noExceptions')}</p>}
        {rows.fields.map((row, index) => {
          const current = exceptions[index] ?? row
          return (
            <div
              key={row.id}
              className="grid grid-cols-2 items-start gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)_minmax(0,0.8fr)_minmax(0,0.8fr)_auto]"
            >
              <FormField label={t('scheduling.availability.date')} error={errors?.[index]?.date?.message}>
                <Input type="date" {...form.register(`exceptions.${index}.date`)} />
              </FormField>
              <FormField label={t('scheduling.availability.type')} error={errors?.[index]?.type?.message}>
                <NativeSelect {...form.register(`exceptions.${index}.type`)}>
                  <option value="OFF">{t('scheduling.availability.types.OFF')}</option>
                  <option value="EXTRA">{t('scheduling.availability.types.EXTRA')}</option>
                </NativeSelect>
              </FormField>
              <FormField
                label={t('scheduling.availability.start')}
                hint={current.type === 'OFF' ? t('scheduling.availability.allDayHint') : undefined}
                error={errors?.[index]?.start?.message}
              >
                <Input type="time" {...form.register(`exceptions.${index}.start`)} />
              </FormField>
              <FormField label={t('scheduling.availability.end')} error={errors?.[index]?.end?.message}>
                <Input type="time" {...form.register(`exceptions.${index}.end`)} />
              </FormField>
              <RemoveRowButton
                className="sm:mt-7"
                label={t('scheduling.availability.removeException', { date: current.date || index + 1 })}
                onClick={() => rows.remove(index)}
              />
            </div>
          )
        })}
        <AddRowButton onClick={() => rows.append({ date: '', type: 'OFF', start: '', end: '' }, { shouldFocus: false })}>
          {t('scheduling.availability.addException')}
        </AddRowButton>
      </CardContent>
    </Card>
  )
}
