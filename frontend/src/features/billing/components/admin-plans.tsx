import { zodResolver } from '@hookform/resolvers/zod'
import { useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Alert } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { decimalInput, withDecimalPoint } from '@/lib/decimal'
import { applyServerErrors, errorMessage } from '@/lib/form-errors'
import { formatDate, formatMoney } from '@/lib/format'
import { useForm } from '@/lib/use-form'
import { type AdminPlan, useAdminPlans, useSavePlan } from '../api/admin-billing'
import { amountText, planTextsSchema } from '../utils/plan-draft'
import { isKnownFeature, isPlanPeriod } from '../utils/plan-labels'
import { NewPlanForm } from './new-plan-form'

/** The plan editor: every plan with its price versions, a new plan, a new price. */
export function AdminPlans() {
  const { t } = useTranslation()
  const plans = useAdminPlans()
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_360px]">
      <div className="space-y-4">
        {plans.isError && <Alert tone="danger">{errorMessage(plans.error, t)}</Alert>}
        {plans.data?.map((plan) => (
          <PlanCard key={plan.id} plan={plan} />
        ))}
      </div>
      <NewPlanForm />
    </div>
  )
}

function PlanCard({ plan }: { plan: AdminPlan }) {
  const { t, i18n } = useTranslation()
  return (
    <Card data-testid={`admin-plan-${plan.code}`}>
      <CardHeader>
        <CardTitle className="flex flex-wrap items-center gap-2">
          {plan.name} <span className="text-sm font-normal text-muted">{plan.code}</span>
          {plan.archived && <Badge>{t('billing.admin.archived')}</Badge>}
        </CardTitle>
        <CardDescription>
          {formatMoney(plan.price.amount, plan.price.currency, i18n.language)} ·{' '}
          {isPlanPeriod(plan.period) ? t(`billing.periods.${plan.period}`) : plan.period}
          {plan.features.length > 0 &&
            ` · ${plan.features.map((feature) => (isKnownFeature(feature) ? t(`billing.featureNames.${feature}`) : feature)).join(', ')}`}
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-3 text-sm">
        <p className="font-medium">{t('billing.admin.versions')}</p>
        <ul className="text-muted">
          {plan.versions.map((version) => (
            <li key={version.id}>
              v{version.version}: {formatMoney(version.amount, version.currency, i18n.language)} ·{' '}
              {formatDate(version.createdAt.slice(0, 10))}
            </li>
          ))}
        </ul>
        <PriceForm plan={plan} />
        <PlanTextsForm plan={plan} />
      </CardContent>
    </Card>
  )
}

/** The plan's name and description, and what members reading English see instead; folded until opened. */
function PlanTextsForm({ plan }: { plan: AdminPlan }) {
  const { t } = useTranslation()
  const save = useSavePlan()
  const texts = { name: plan.name, description: plan.description, nameEn: plan.nameEn ?? '', descriptionEn: plan.descriptionEn ?? '' }
  const form = useForm({ resolver: zodResolver(planTextsSchema(t)), values: texts })
  const { errors, isDirty } = form.formState
  const fieldFor = (serverField: string) =>
    (['name', 'description', 'nameEn', 'descriptionEn'] as const).find((field) => field === serverField)

  const submit = form.handleSubmit((input) =>
    save.mutate({ id: plan.id, input }, { onError: (error) => applyServerErrors(error, form, t, fieldFor) }),
  )

  return (
    <details className="rounded-md border border-line px-3 py-2" data-testid={`plan-texts-${plan.code}`}>
      <summary className="cursor-pointer font-medium">
        {t('billing.admin.texts')}
        {!plan.nameEn && <span className="ml-2 font-normal text-muted">{t('billing.admin.noEnglish')}</span>}
      </summary>
      <form noValidate onSubmit={submit} className="mt-3 space-y-3">
        <FormAlert message={errors.root?.server?.message} />
        {save.isSuccess && !isDirty && <p className="text-sm text-muted">{t('billing.admin.textsSaved')}</p>}
        <FormField label={t('billing.admin.name')} error={errors.name?.message}>
          <Input maxLength={120} {...form.register('name')} />
        </FormField>
        <FormField label={t('billing.admin.descriptionField')} error={errors.description?.message}>
          <Input {...form.register('description')} />
        </FormField>
        <FormField label={t('billing.admin.nameEn')} error={errors.nameEn?.message} hint={t('billing.admin.englishHint')}>
          <Input maxLength={120} lang="en" {...form.register('nameEn')} />
        </FormField>
        <FormField label={t('billing.admin.descriptionEn')} error={errors.descriptionEn?.message}>
          <Input lang="en" {...form.register('descriptionEn')} />
        </FormField>
        <Button type="submit" size="sm" pending={save.isPending} disabled={!isDirty}>
          {t('billing.admin.saveTexts')}
        </Button>
      </form>
    </details>
  )
}

/** A new price version (subscribers moved to it or not), and archiving; a rejected price is said under it. */
function PriceForm({ plan }: { plan: AdminPlan }) {
  const { t } = useTranslation()
  const save = useSavePlan()
  const archive = useSavePlan()
  const form = useForm({
    resolver: zodResolver(z.object({ amount: amountText(t), moveSubscribers: z.boolean() })),
    defaultValues: { amount: decimalInput(plan.price.amount), moveSubscribers: false },
  })
  const { errors } = form.formState
  const amount = useWatch({ control: form.control, name: 'amount' })
  const fieldFor = (serverField: string) => (serverField === 'price.amount' ? ('amount' as const) : undefined)

  const submit = form.handleSubmit(({ amount: newAmount, moveSubscribers }) =>
    save.mutate(
      { id: plan.id, input: { price: { amount: newAmount, currency: plan.price.currency }, moveSubscribers } },
      { onError: (error) => applyServerErrors(error, form, t, fieldFor) },
    ),
  )
  const problem = errors.amount ? undefined : errors.root?.server?.message

  return (
    <form noValidate onSubmit={submit} className="space-y-3">
      <FormAlert message={problem} />
      {archive.isError && <Alert tone="danger">{errorMessage(archive.error, t)}</Alert>}
      {/* Top-aligned with the buttons level with the input, so an error under it moves nothing. */}
      <div className="flex flex-wrap items-start gap-2">
        <FormField label={t('billing.admin.newPrice')} error={errors.amount?.message} className="w-32 sm:w-48">
          <Input inputMode="decimal" {...form.register('amount')} />
        </FormField>
        <div className="mt-8 flex flex-wrap gap-2">
          <Button type="submit" size="sm" pending={save.isPending} disabled={withDecimalPoint(amount) === plan.price.amount}>
            {t('billing.admin.savePrice')}
          </Button>
          <Button
            type="button"
            size="sm"
            variant="secondary"
            pending={archive.isPending}
            onClick={() => archive.mutate({ id: plan.id, input: { archived: !plan.archived } })}
          >
            {plan.archived ? t('billing.admin.unarchive') : t('billing.admin.archive')}
          </Button>
        </div>
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" {...form.register('moveSubscribers')} /> {t('billing.admin.moveSubscribers')}
      </label>
    </form>
  )
}
