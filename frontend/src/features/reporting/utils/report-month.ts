import type { TFunction } from 'i18next'
import { z } from 'zod'

/** The month before the current one, as a month input writes it ("2026-10"). */
export function lastMonth(now = new Date()) {
  const date = new Date(now.getFullYear(), now.getMonth() - 1, 1)
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`
}

/** "2026-10" → the request's year and month; the server says which months have data (not the future). */
export function reportMonthSchema(t: TFunction) {
  return z.object({
    month: z
      .string()
      .min(1, t('validation.required'))
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, t('validation.date'))
      .transform((text) => ({ year: Number(text.slice(0, 4)), month: Number(text.slice(5, 7)) })),
  })
}
