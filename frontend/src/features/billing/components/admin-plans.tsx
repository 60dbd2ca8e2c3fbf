import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Alert } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { FormField } from '@/components/ui/form-field'
import { Input, NativeSelect } from '@/components/ui/input'
import { errorMessage, toFormErrors } from '@/lib/form-errors'
import { formatDate } from '@/lib/format'
import { type AdminPlan, useAdminPlans, useSavePlan } from '../api/admin-billing'
import { formatMoney } from '../api/billing'

const planSchema = z.object({
  code: z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/),
  name: z.string().trim().min(1).max(120),
  description: z.string().max(2000),
  amount: z.string().regex(/^\d{1,7}(\.\d{1,3})?$/),
  currency: z.string().regex(/^[A-Z]{3}$/),
  period: z.enum(['P1M', 'P1Y', 'P30D']),
  trialDays: z.coerce.number().int().min(0).max(365),
  features: z.string().max(900),
})

type PlanForm = z.input<typeof planSchema>

const fields = ['code', 'name', 'description', 'amount', 'currency', 'period', 'trialDays', 'features'] as const

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
      <NewPlan />
    </div>
  )
}

function PlanCard({ plan }: { plan: AdminPlan }) {
  const { t, i18n } = useTranslation()
  const save = useSavePlan()
  const [amount, setAmount] = useState(plan.price.amount)
  const [move, setMove] = useState(false)
  return (
    <Card data-testid={`admin-plan-${plan.code}`}>
      <CardHeader>
        <CardTitle className="flex flex-wrap items-center gap-2">
          {plan.name} <span className="text-sm font-normal text-muted">{plan.code}</span>
          {plan.archived && <Badge>{t('billing.admin.archived')}</Badge>}
        </CardTitle>
        <CardDescription>
          {formatMoney(plan.price.amount, plan.price.currency, i18n.language)} · {plan.period} · {plan.features.join(', ')}
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
        {save.isError && <Alert tone="danger">{errorMessage(save.error, t)}</Alert>}
        <div className="flex flex-wrap items-end gap-2">
          <FormField label={t('billing.admin.newPrice')}>
            <Input value={amount} onChange={(e) => setAmount(e.target.value)} inputMode="decimal" className="w-32" />
          </FormField>
          <Button
            size="sm"
            pending={save.isPending}
            disabled={amount === plan.price.amount}
            onClick={() => save.mutate({ id: plan.id, input: { price: { amount, currency: plan.price.currency }, moveSubscribers: move } })}
          >
            {t('billing.admin.savePrice')}
          </Button>
          <Button size="sm" variant="secondary" onClick={() => save.mutate({ id: plan.id, input: { archived: !plan.archived } })}>
            {plan.archived ? t('billing.admin.unarchive') : t('billing.admin.archive')}
          </Button>
        </div>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={move} onChange={(e) => setMove(e.target.checked)} /> {t('billing.admin.moveSubscribers')}
        </label>
      </CardContent>
    </Card>
  )
}

function NewPlan() {
  const { t } = useTranslation()
  const save = useSavePlan()
  const form = useForm<PlanForm>({
    resolver: zodResolver(planSchema),
    defaultValues: { code: '', name: '', description: '', amount: '', currency: 'EUR', period: 'P1M', trialDays: 0, features: '' },
  })
  const server = save.isError ? toFormErrors(save.error, fields, t) : null
  const error = (field: (typeof fields)[number]) => (form.formState.errors[field] ? t('errors.checkFields') : server?.fields[field])
  return (
    <Card data-testid="new-plan-form">
      <CardHeader>
        <CardTitle>{t('billing.admin.newPlan')}</CardTitle>
      </CardHeader>
      <CardContent>
        <form
          noValidate
          className="space-y-3"
          onSubmit={form.handleSubmit((values) => {
            const plan = planSchema.parse(values)
            save.mutate(
              {
                input: {
                  code: plan.code,
                  name: plan.name,
                  description: plan.description,
                  price: { amount: plan.amount, currency: plan.currency },
                  period: plan.period,
                  trialDays: plan.trialDays,
                  features: plan.features
                    .split(',')
                    .map((feature) => feature.trim())
                    .filter(Boolean),
                },
              },
              { onSuccess: () => form.reset() },
            )
          })}
        >
          {server?.form && <Alert tone="danger">{server.form}</Alert>}
          <FormField label={t('billing.admin.code')} error={error('code')}>
            <Input {...form.register('code')} />
          </FormField>
          <FormField label={t('billing.admin.name')} error={error('name')}>
            <Input {...form.register('name')} />
          </FormField>
          <FormField label={t('billing.admin.descriptionField')} error={error('description')}>
            <Input {...form.register('description')} />
          </FormField>
          <div className="grid grid-cols-2 gap-3">
            <FormField label={t('billing.admin.amount')} error={error('amount')}>
              <Input inputMode="decimal" {...form.register('amount')} />
            </FormField>
            <FormField label={t('billing.admin.currency')} error={error('currency')}>
              <Input {...form.register('currency')} />
            </FormField>
            <FormField label={t('billing.admin.period')} error={error('period')}>
              <NativeSelect {...form.register('period')}>
                <option value="P1M">P1M</option>
                <option value="P1Y">P1Y</option>
                <option value="P30D">P30D</option>
              </NativeSelect>
            </FormField>
            <FormField label={t('billing.admin.trialDays')} error={error('trialDays')}>
              <Input inputMode="numeric" {...form.register('trialDays')} />
            </FormField>
          </div>
          <FormField label={t('billing.admin.features')} error={error('features')}>
            <Input placeholder="PHOTO_ANALYSIS, AI_SUMMARY" {...form.register('features')} />
          </FormField>
          <Button type="submit" pending={save.isPending}>
            {t('billing.admin.create')}
          </Button>
        </form>
      </CardContent>
    </Card>
  )
}
