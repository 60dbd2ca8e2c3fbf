import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo } from 'react'
import { type UseFormReturn } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { QueryState } from '@/components/ui/query-state'
import { applyServerErrors } from '@/lib/form-errors'
import { useForm } from '@/lib/use-form'
import { type Availability, useAvailability, useReplaceAvailability } from '../api/availability'
import { type AvailabilityDraft, availabilitySchema, draftFromAvailability, limits } from '../utils/availability-draft'
import { DateExceptions, WeeklyHours } from './availability-rows'

export type AvailabilityForm = UseFormReturn<AvailabilityDraft, unknown, Availability>

/** Loads the clinician's rules and edits them as one document (PUT replaces everything). */
export function AvailabilityEditor({ doctorId }: { doctorId: string }) {
  const availability = useAvailability(doctorId)
  if (availability.isPending || availability.isError) return <QueryState query={availability} spacious />
  return <Editor doctorId={doctorId} rules={availability.data} />
}

function Editor({ doctorId, rules }: { doctorId: string; rules: Availability }) {
  const { t } = useTranslation()
  const form: AvailabilityForm = useForm({ resolver: zodResolver(availabilitySchema(t)), defaultValues: draftFromAvailability(rules) })
  const save = useReplaceAvailability()

  const submit = form.handleSubmit(
    (read) =>
      save.mutate(
        { doctorId, rules: read },
        { onSuccess: (saved) => form.reset(draftFromAvailability(saved)), onError: (error) => applyServerErrors(error, form, t) },
      ),
    () => form.setError('root.server', { type: 'client', message: t('errors.checkFields') }),
  )

  return (
    <form noValidate onSubmit={submit} className="grid gap-6" data-testid="availability-form">
      <FormAlert message={form.formState.errors.root?.server?.message} />
      {/* Said until the next change. */}
      {save.isSuccess && !form.formState.isDirty && <Alert tone="success">{t('scheduling.availability.saved')}</Alert>}
      <BookingRules form={form} />
      <WeeklyHours form={form} />
      <DateExceptions form={form} />
      <div className="flex justify-end">
        <Button type="submit" size="lg" pending={save.isPending} data-testid="availability-save">
          {t('scheduling.availability.save')}
        </Button>
      </div>
    </form>
  )
}

function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone')
  } catch {
    return []
  }
}

function BookingRules({ form }: { form: AvailabilityForm }) {
  const { t } = useTranslation()
  const zones = useMemo(() => timeZones(), [])
  const { errors } = form.formState
  return (
    <Card aria-labelledby="rules-title">
      <CardHeader>
        <CardTitle id="rules-title">{t('scheduling.availability.rules')}</CardTitle>
        <CardDescription>{t('scheduling.availability.rulesHint')}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <FormField label={t('scheduling.availability.timezone')} error={errors.timezone?.message} className="sm:col-span-2 lg:col-span-1">
          <Input list="availability-zones" spellCheck={false} {...form.register('timezone')} />
        </FormField>
        <datalist id="availability-zones">
          {zones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        {(Object.keys(limits) as (keyof typeof limits)[]).map((field) => (
          <FormField key={field} label={t(`scheduling.availability.${field}`)} error={errors[field]?.message}>
            <Input type="text" inputMode="numeric" autoComplete="off" {...form.register(field)} />
          </FormField>
        ))}
      </CardContent>
    </Card>
  )
}
