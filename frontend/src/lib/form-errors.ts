import type { TFunction } from 'i18next'
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form'
import { ApiError, type Violation } from './api-client'

export type FormErrors<F extends string = string> = {
  /** Shown at the top of the form (problem detail, unknown fields, network trouble). */
  form?: string
  fields: Partial<Record<F, string>>
}

type Translate = TFunction

// Server messages are English; known codes get a message in the UI language instead.
function violationMessage(violation: Violation, t: Translate): string {
  if (!violation.code) return violation.message
  const byField = `violations.${violation.field}.${violation.code}`
  const generic = `violations.${violation.code}`
  return t(byField as never, { defaultValue: t(generic as never, { defaultValue: violation.message }) }) as string
}

function problemMessage(error: ApiError, t: Translate, fallback: string): string {
  const server = error.detail ?? error.title ?? fallback
  return error.code ? (t(`problems.${error.code}` as never, { defaultValue: server }) as string) : server
}

/**
 * Maps any error from a mutation onto a form: server field errors go next to the inputs the
 * form knows about, everything else is summarised at the top.
 */
export function toFormErrors<F extends string>(error: unknown, knownFields: readonly F[], t: Translate): FormErrors<F> {
  if (!(error instanceof ApiError)) return { form: t('errors.unexpected'), fields: {} }
  if (error.isNetworkError) return { form: t('errors.network'), fields: {} }

  const fields: Partial<Record<F, string>> = {}
  const unplaced: string[] = []
  for (const violation of error.violations) {
    const message = violationMessage(violation, t)
    if ((knownFields as readonly string[]).includes(violation.field)) {
      const field = violation.field as F
      fields[field] = fields[field] && fields[field] !== message ? `${fields[field]} ${message}` : message
    } else {
      unplaced.push(`${violation.field}: ${message}`)
    }
  }

  let summary: string
  if (error.status === 429) {
    summary = error.retryAfter ? t('errors.tooManyRequestsRetry', { count: error.retryAfter }) : t('errors.tooManyRequests')
  } else if (Object.keys(fields).length > 0) {
    summary = t('errors.checkFields')
  } else {
    summary = problemMessage(error, t, t('errors.unexpected'))
  }
  return { form: [summary, ...unplaced].join(' '), fields }
}

/**
 * Puts a failed submission's errors on a react-hook-form form: each server field error on the
 * field of that name (focusing the first), the summary as the `root.server` error
 * (react-hook-form drops it on the next submit).
 */
export function applyServerErrors<V extends FieldValues>(
  error: unknown,
  form: Pick<UseFormReturn<V>, 'getValues' | 'setError'>,
  t: Translate,
) {
  const fields = Object.keys(form.getValues()) as Path<V>[]
  const mapped = toFormErrors(error, fields, t)
  Object.entries(mapped.fields).forEach(([field, message], index) =>
    form.setError(field as Path<V>, { type: 'server', message: message as string }, { shouldFocus: index === 0 }),
  )
  if (mapped.form) form.setError('root.server', { type: 'server', message: mapped.form })
}

/** A one-line message for errors shown outside forms (queries, buttons). */
export function errorMessage(error: unknown, t: Translate): string {
  return toFormErrors(error, [], t).form ?? t('errors.unexpected')
}

/** Moves focus to the first invalid control so screen readers announce its error. */
export function focusFirstInvalid(form: HTMLFormElement | null) {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
}
