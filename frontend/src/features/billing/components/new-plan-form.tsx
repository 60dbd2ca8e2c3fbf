import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslation } from 'react-i18next'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input, NativeSelect } from '@/components/ui/input'
import { applyServerErrors } from '@/lib/form-errors'
import { useForm } from '@/lib/use-form'
import { useSavePlan } from '../api/admin-billing'
import { emptyPlan, planField, planSchema } from '../utils/plan-draft'
import { knownFeatures, planPeriods } from '../utils/plan-labels'

/** A new plan with its first price; the server's objections (a code in use, an unknown currency) go under their inputs. */
export function NewPlanForm() {
  const { t } = useTranslation()
  const save = useSavePlan()
  const form = useForm({ resolver: zodResolver(planSchema(t)), defaultValues: emptyPlan })
  const { errors } = form.formState

  const submit = form.handleSubmit(
    (input) => save.mutate({ input }, { onSuccess: () => form.reset(), onError: (error) => applyServerErrors(error, form, t, planField) }),
    () => form.setError('root.server', { type: 'client', message: t('errors.checkFields') }),
  )

  return (
    <Card data-testid="new-plan-form">
      <CardHeader>
        <CardTitle>{t('billing.admin.newPlan')}</CardTitle>
      </CardHeader>
      <CardContent>
        <form noValidate className="space-y-3" onSubmit={submit}>
          <FormAlert message={errors.root?.server?.message} />
          <FormField label={t('billing.admin.code')} error={errors.code?.message}>
            <Input spellCheck={false} autoComplete="off" {...form.register('code')} />
          </FormField>
          <FormField label={t('billing.admin.name')} error={errors.name?.message}>
            <Input maxLength={120} {...form.register('name')} />
          </FormField>
          <FormField label={t('billing.admin.descriptionField')} error={errors.description?.message}>
            <Input {...form.register('description')} />
          </FormField>
          <FormField label={t('billing.admin.nameEn')} error={errors.nameEn?.message}>
            <Input maxLength={120} lang="en" {...form.register('nameEn')} />
          </FormField>
          <FormField label={t('billing.admin.descriptionEn')} error={errors.descriptionEn?.message}>
            <Input lang="en" {...form.register('descriptionEn')} />
          </FormField>
          <div className="grid grid-cols-2 gap-3">
            <FormField label={t('billing.admin.amount')} error={errors.amount?.message}>
              <Input inputMode="decimal" {...form.register('amount')} />
            </FormField>
            <FormField label={t('billing.admin.currency')} error={errors.currency?.message}>
              <Input spellCheck={false} autoComplete="off" {...form.register('currency')} />
            </FormField>
            <FormField label={t('billing.admin.period')} error={errors.period?.message}>
              <NativeSelect {...form.register('period')}>
                {planPeriods.map((period) => (
                  <option key={period} value={period}>
                    {t(`billing.periods.${period}`)}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
            <FormField label={t('billing.admin.trialDays')} error={errors.trialDays?.message}>
              <Input inputMode="numeric" {...form.register('trialDays')} />
            </FormField>
          </div>
          <fieldset className="grid gap-1.5" aria-invalid={errors.features ? true : undefined} data-testid="new-plan-features">
            <legend className="mb-1.5 text-sm font-medium">{t('billing.admin.features')}</legend>
            {knownFeatures.map((feature) => (
              <label key={feature} className="flex min-h-9 items-center gap-2 text-sm">
                <input type="checkbox" className="size-4 shrink-0 accent-brand-700" value={feature} {...form.register('features')} />
                {t(`billing.featureNames.${feature}`)}
              </label>
            ))}
            {errors.features && <p className="text-sm text-danger-700">{errors.features.message}</p>}
          </fieldset>
          <Button type="submit" pending={save.isPending}>
            {t('billing.admin.create')}
          </Button>
          {save.isSuccess && !form.formState.isDirty && (
            <p role="status" className="text-sm text-muted" data-testid="plan-created">
              {t('billing.admin.created', { name: save.variables.input.name })}
            </p>
          )}
        </form>
      </CardContent>
    </Card>
  )
}
