import type { TFunction } from 'i18next'
import { z } from 'zod'

export const MIN_PASSWORD_LENGTH = 12

// Schema pieces shared by the forms; messages come from the UI language at the time of use.

/** Any non-blank text, trimmed. */
export const requiredText = (t: TFunction) => z.string().trim().min(1, t('validation.required'))

export const emailAddress = (t: TFunction) =>
  z
    .string()
    .trim()
    .min(1, t('validation.required'))
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, t('validation.email'))

/** A password being chosen: long enough (the server checks the same length). */
export const newPassword = (t: TFunction) =>
  z
    .string()
    .min(1, t('validation.required'))
    .min(MIN_PASSWORD_LENGTH, t('validation.passwordLength', { count: MIN_PASSWORD_LENGTH }))

/** A password being typed to prove who you are: only required. */
export const currentPassword = (t: TFunction) => z.string().min(1, t('validation.required'))

/** Text that may be left blank (then undefined), trimmed, of at most `max` characters. */
export const optionalText = (t: TFunction, max: number) =>
  z
    .string()
    .trim()
    .max(max, t('validation.tooLong', { count: max }))
    .transform((text) => text || undefined)

/** Required text of at most `max` characters, trimmed. */
export const boundedText = (t: TFunction, max: number) => requiredText(t).max(max, t('validation.tooLong', { count: max }))
