import type { TFunction } from 'i18next'

export const MIN_PASSWORD_LENGTH = 12

type Check = (value: string, t: TFunction) => string | undefined

export const required: Check = (value, t) => (value.trim() ? undefined : t('validation.required'))

export const email: Check = (value, t) =>
  !value.trim() ? t('validation.required') : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? undefined : t('validation.email')

export const password: Check = (value, t) =>
  !value ? t('validation.required') : value.length < MIN_PASSWORD_LENGTH ? t('validation.passwordLength', { count: MIN_PASSWORD_LENGTH }) : undefined

/** Runs the checks and keeps only the failures. */
export function validate<F extends string>(
  values: Record<F, string>,
  checks: Partial<Record<F, Check>>,
  t: TFunction,
): Partial<Record<F, string>> {
  const errors: Partial<Record<F, string>> = {}
  for (const field of Object.keys(checks) as F[]) {
    const message = checks[field]?.(values[field], t)
    if (message) errors[field] = message
  }
  return errors
}
