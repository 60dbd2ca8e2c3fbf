import { Plus, Trash2 } from 'lucide-react'
import { type FormEvent, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input, NativeSelect } from '@/components/ui/input'
import { QueryState } from '@/components/ui/query-state'
import { ApiError } from '@/lib/api-client'
import { focusFirstInvalid, toFormErrors } from '@/lib/form-errors'
import { type Availability, useAvailability, useReplaceAvailability, weekDays } from '../api/availability'
import { type AvailabilityDraft, draftFromAvailability, readAvailability } from '../utils/availability-draft'

function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone')
  } catch {
    return []
  }
}

/** Loads the clinician's rules and edits them as one document (PUT replaces everything). */
export function AvailabilityEditor({ doctorId }: { doctorId: string }) {
  const availability = useAvailability(doctorId)
  if (availability.isPending || availability.isError) return <QueryState query={availability} spacious />
  return <Editor doctorId={doctorId} rules={availability.data} />
}

function Editor({ doctorId, rules }: { doctorId: string; rules: Availability }) {
  const { t } = useTranslation()
  const formRef = useRef<HTMLFormElement>(null)
  const zones = useMemo(() => timeZones(), [])
  const [draft, setDraft] = useState<AvailabilityDraft>(() => draftFromAvailability(rules))
  const [errors, setErrors] = useState<Record<string, string | undefined>>({})
  const [formError, setFormError] = useState<string>()
  const [nextKey, setNextKey] = useState(5000)
  const save = useReplaceAvailability()

  function set(change: Partial<AvailabilityDraft>) {
    setDraft((current) => ({ ...current, ...change }))
    if (save.isSuccess) save.reset()
  }

  function key() {
    setNextKey(nextKey + 1)
    return nextKey
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    const { rules: read, errors: clientErrors } = readAvailability(draft, t)
    setErrors(clientErrors)
    setFormError(read ? undefined : t('errors.checkFields'))
    if (!read) return focusFirstInvalid(formRef.current)
    save.mutate(
      { doctorId, rules: read },
      {
        onSuccess: (saved) => setDraft(draftFromAvailability(saved)),
        onError: (error) => {
          const mapped = toFormErrors(error, error instanceof ApiError ? Object.keys(error.fieldErrors) : [], t)
          setErrors(mapped.fields)
          setFormError(mapped.form)
          focusFirstInvalid(formRef.current)
        },
      },
    )
  }

  const numberField = (field: 'slotMinutes' | 'bufferMinutes' | 'minNoticeMinutes' | 'horizonDays') => (
    <FormField label={t(`scheduling.availability.${field}`)} error={errors[field]}>
      <Input type="number" inputMode="numeric" value={draft[field]} onChange={(event) => set({ [field]: event.target.value })} />
    </FormField>
  )

  return (
    <form ref={formRef} noValidate onSubmit={submit} className="grid gap-6" data-testid="availability-form">
      <FormAlert message={formError} />
      {save.isSuccess && <Alert tone="success">{t('scheduling.availability.saved')}</Alert>}

      <Card aria-labelledby="rules-title">
        <CardHeader>
          <CardTitle id="rules-title">{t('scheduling.availability.rules')}</CardTitle>
          <CardDescription>{t('scheduling.availability.rulesHint')}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          <FormField label={t('scheduling.availability.timezone')} error={errors.timezone} className="sm:col-span-2 lg:col-span-1">
            <Input
              list="availability-zones"
              value={draft.timezone}
              spellCheck={false}
              onChange={(event) => set({ timezone: event.target.value })}
            />
          </FormField>
          <datalist id="availability-zones">
            {zones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
          {numberField('slotMinutes')}
          {numberField('bufferMinutes')}
          {numberField('minNoticeMinutes')}
          {numberField('horizonDays')}
        </CardContent>
      </Card>

      <Card aria-labelledby="weekly-title">
        <CardHeader>
          <CardTitle id="weekly-title">{t('scheduling.availability.weekly')}</CardTitle>
          <CardDescription>{t('scheduling.availability.weeklyHint', { zone: draft.timezone })}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-3">
          {draft.weekly.length === 0 && <p className="text-sm text-muted">{t('scheduling.availability.noHours')}</p>}
          {draft.weekly.map((window, index) => (
            <div
              key={window.key}
              className="grid grid-cols-2 items-start gap-2 sm:grid-cols-[minmax(0,1.3fr)_minmax(0,1fr)_minmax(0,1fr)_auto]"
              data-testid="weekly-row"
            >
              <FormField label={t('scheduling.availability.day')} className="col-span-2 sm:col-span-1">
                <NativeSelect
                  value={window.dayOfWeek}
                  onChange={(event) =>
                    set({
                      weekly: draft.weekly.map((item) =>
                        item.key === window.key ? { ...item, dayOfWeek: event.target.value as typeof window.dayOfWeek } : item,
                      ),
                    })
                  }
                >
                  {weekDays.map((day) => (
                    <option key={day} value={day}>
                      {t(`scheduling.days.${day}`)}
                    </option>
                  ))}
                </NativeSelect>
              </FormField>
              <FormField label={t('scheduling.availability.start')}>
                <Input
                  type="time"
                  value={window.start}
                  onChange={(event) =>
                    set({ weekly: draft.weekly.map((item) => (item.key === window.key ? { ...item, start: event.target.value } : item)) })
                  }
                />
              </FormField>
              <FormField label={t('scheduling.availability.end')} error={errors[`weekly[${index}].end`] ?? errors[`weekly[${index}]`]}>
                <Input
                  type="time"
                  value={window.end}
                  onChange={(event) =>
                    set({ weekly: draft.weekly.map((item) => (item.key === window.key ? { ...item, end: event.target.value } : item)) })
                  }
                />
              </FormField>
              <Button
                type="button"
                variant="ghost"
                size="icon"
                className="sm:mt-7"
                aria-label={t('scheduling.availability.removeHours', { day: t(`scheduling.days.${window.dayOfWeek}`) })}
                onClick={() => set({ weekly: draft.weekly.filter((item) => item.key !== window.key) })}
              >
                <Trash2 aria-hidden="true" />
              </Button>
            </div>
          ))}
          <div>
            <Button
              type="button"
              variant="secondary"
              size="sm"
              onClick={() => {
                const last = draft.weekly[draft.weekly.length - 1]
                const nextDay = last ? weekDays[(weekDays.indexOf(last.dayOfWeek) + 1) % 7] : 'MONDAY'
                set({
                  weekly: [...draft.weekly, { key: key(), dayOfWeek: nextDay, start: last?.start || '09:00', end: last?.end || '13:00' }],
                })
              }}
              data-testid="add-hours"
            >
              <Plus aria-hidden="true" />
              {t('scheduling.availability.addHours')}
            </Button>
          </div>
        </CardContent>
      </Card>

      <Card aria-labelledby="exceptions-title">
        <CardHeader>
          <CardTitle id="exceptions-title">{t('scheduling.availability.exceptions')}</CardTitle>
          <CardDescription>{t('scheduling.availability.exceptionsHint')}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-3">
          {draft.exceptions.length === 0 && <p className="text-sm text-muted">{t('scheduling.availability.noExceptions')}</p>}
          {draft.exceptions.map((exception, index) => {
            const update = (change: Partial<typeof exception>) =>
              set({ exceptions: draft.exceptions.map((item) => (item.key === exception.key ? { ...item, ...change } : item)) })
            return (
              <div
                key={exception.key}
                className="grid grid-cols-2 items-start gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)_minmax(0,0.8fr)_minmax(0,0.8fr)_auto]"
              >
                <FormField label={t('scheduling.availability.date')} error={errors[`exceptions[${index}].date`]}>
                  <Input type="date" value={exception.date} onChange={(event) => update({ date: event.target.value })} />
                </FormField>
                <FormField label={t('scheduling.availability.type')}>
                  <NativeSelect value={exception.type} onChange={(event) => update({ type: event.target.value as 'OFF' | 'EXTRA' })}>
                    <option value="OFF">{t('scheduling.availability.types.OFF')}</option>
                    <option value="EXTRA">{t('scheduling.availability.types.EXTRA')}</option>
                  </NativeSelect>
                </FormField>
                <FormField
                  label={t('scheduling.availability.start')}
                  hint={exception.type === 'OFF' ? t('scheduling.availability.allDayHint') : undefined}
                >
                  <Input type="time" value={exception.start} onChange={(event) => update({ start: event.target.value })} />
                </FormField>
                <FormField
                  label={t('scheduling.availability.end')}
                  error={errors[`exceptions[${index}].end`] ?? errors[`exceptions[${index}]`]}
                >
                  <Input type="time" value={exception.end} onChange={(event) => update({ end: event.target.value })} />
                </FormField>
                <Button
                  type="button"
                  variant="ghost"
                  size="icon"
                  className="sm:mt-7"
                  aria-label={t('scheduling.availability.removeException', { date: exception.date || index + 1 })}
                  onClick={() => set({ exceptions: draft.exceptions.filter((item) => item.key !== exception.key) })}
                >
                  <Trash2 aria-hidden="true" />
                </Button>
              </div>
            )
          })}
          <div>
            <Button
              type="button"
              variant="secondary"
              size="sm"
              onClick={() => set({ exceptions: [...draft.exceptions, { key: key(), date: '', type: 'OFF', start: '', end: '' }] })}
            >
              <Plus aria-hidden="true" />
              {t('scheduling.availability.addException')}
            </Button>
          </div>
        </CardContent>
      </Card>

      <div className="flex justify-end">
        <Button type="submit" size="lg" pending={save.isPending} data-testid="availability-save">
          {t('scheduling.availability.save')}
        </Button>
      </div>
    </form>
  )
}
