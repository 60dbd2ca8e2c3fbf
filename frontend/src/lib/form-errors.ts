import type { TFunction } from 'i18next'
import { type FieldValues, get, type Path, type UseFormReturn } from 'react-hook-form'
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

/** "portions[0].grams" (the server's JSON path) as react-hook-form names it: "portions.0.grams". */
export function formPath(serverField: string): string {
  return serverField.replace(/\[(\d+)\]/g, '.$1')
}

/**
 * Puts a failed submission's errors on a react-hook-form form: each server field error on the
 * field of that name (focusing the first), the summary as the `root.server` error
 * (react-hook-form drops it on the next submit). Nested server paths ("per100g.kcal",
 * "portions[0].grams") land on the nested field of that path; `fieldFor` names the field for
 * server fields the form calls differently (undefined leaves the error in the summary).
 */
export function applyServerErrors<V extends FieldValues>(
  error: unknown,
  form: Pick<UseFormReturn<V>, 'getValues' | 'setError'>,
  t: Translate,
  fieldFor?: (serverField: string) => Path<V> | undefined,
) {
  const values = form.getValues()
  const toField =
    fieldFor ??
    ((serverField: string) => {
      const path = formPath(serverField)
      return path in values || get(values, path) !== undefined ? (path as Path<V>) : undefined
    })
  const serverFields = error instanceof ApiError ? [...new Set(error.violations.map((violation) => violation.field))] : []
  const mapped = toFormErrors(
    error,
    serverFields.filter((field) => toField(field) !== undefined),
    t,
  )
  // Several server fields may name one input (a recipe's nameEs and nameEn): their messages join.
  const byField = new Map<Path<V>, string>()
  for (const [serverField, message] of Object.entries(mapped.fields)) {
    const field = toField(serverField)!
    const previous = byField.get(field)
    byField.set(field, previous && previous !== message ? `${previous} ${message}` : (message as string))
  }
  ;[...byField].forEach(([field, message], index) => form.setError(field, { type: 'server', message }, { shouldFocus: index === 0 }))
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
