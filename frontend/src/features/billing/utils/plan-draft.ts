import type { TFunction } from 'i18next'
import { z } from 'zod'
import { withDecimalPoint } from '@/lib/decimal'
import { boundedText, optionalText } from '@/lib/schemas'
import type { PlanInput } from '../api/admin-billing'
import { type KnownFeature, knownFeatures, type PlanPeriod, planPeriods } from './plan-labels'

export type PlanDraft = {
  code: string
  name: string
  description: string
  /** Optional: what members reading English see. */
  nameEn: string
  descriptionEn: string
  amount: string
  currency: string
  period: PlanPeriod
  trialDays: string
  /** The features ticked: only those the product acts on can be chosen. */
  features: KnownFeature[]
}

export const emptyPlan: PlanDraft = {
  code: '',
  name: '',
  description: '',
  nameEn: '',
  descriptionEn: '',
  amount: '',
  currency: 'EUR',
  period: 'P1M',
  trialDays: '0',
  features: [],
}

/** A price field: up to seven digits and three decimals, with a comma or a point; gives "9.99". */
export const amountText = (t: TFunction) =>
  z
    .string()
    .transform(withDecimalPoint)
    .pipe(
      z
        .string()
        .regex(/^\d{1,7}(\.\d{1,3})?$/, t('billing.admin.amountFormat'))
        .refine((amount) => Number(amount) > 0, t('billing.admin.amountFormat')),
    )

/** The checks of the server's plan catalogue that need no other plan; builds the create request. */
export function planSchema(t: TFunction) {
  const trialRange = t('validation.range', { min: 0, max: 365, unit: t('billing.admin.daysUnit') })
  return z
    .object({
      code: z
        .string()
        .trim()
        .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, t('billing.admin.codeFormat')),
      name: boundedText(t, 120),
      description: z.string().max(2000, t('validation.tooLong', { count: 2000 })),
      nameEn: optionalText(t, 120),
      descriptionEn: optionalText(t, 2000),
      amount: amountText(t),
      currency: z
        .string()
        .trim()
        .regex(/^[A-Z]{3}$/, t('billing.admin.currencyFormat')),
      period: z.enum(planPeriods, t('validation.choose')),
      trialDays: z.string().transform((raw, ctx) => {
        const days = raw.trim() === '' ? 0 : Number(raw.trim())
        if (Number.isInteger(days) && days >= 0 && days <= 365) return days
        ctx.addIssue({ code: 'custom', message: trialRange })
        return z.NEVER
      }),
      // a checkbox group (react-hook-form): an array, a lone box's value, or false when none is ticked
      features: z.preprocess((ticked) => (ticked === false || ticked == null ? [] : [ticked].flat()), z.array(z.enum(knownFeatures))),
    })
    .transform((plan): PlanInput => ({
      code: plan.code,
      name: plan.name,
      description: plan.description,
      nameEn: plan.nameEn,
      descriptionEn: plan.descriptionEn,
      price: { amount: plan.amount, currency: plan.currency },
      period: plan.period,
      trialDays: plan.trialDays,
      features: plan.features,
    }))
}

/** A plan's texts as an admin edits them after creating it; an English text left empty is removed. */
export function planTextsSchema(t: TFunction) {
  return z.object({
    name: boundedText(t, 120),
    description: z
      .string()
      .trim()
      .max(2000, t('validation.tooLong', { count: 2000 })),
    nameEn: z
      .string()
      .trim()
      .max(120, t('validation.tooLong', { count: 120 })),
    descriptionEn: z
      .string()
      .trim()
      .max(2000, t('validation.tooLong', { count: 2000 })),
  })
}

/** The server nests the price ("price.amount") and numbers the features ("features[1]"); the form has one field each. */
export function planField(serverField: string): keyof PlanDraft | undefined {
  if (serverField === 'price.amount') return 'amount'
  if (serverField === 'price.currency') return 'currency'
  if (/^features(\[\d+\])?$/.test(serverField)) return 'features'
  return (Object.keys(emptyPlan) as (keyof PlanDraft)[]).find((field) => field === serverField)
}
