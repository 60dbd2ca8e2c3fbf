import { beforeAll, describe, expect, it } from 'vitest'
import i18n from '@/i18n'
import { ApiError } from './api-client'
import { applyServerErrors, toFormErrors } from './form-errors'

const fields = ['email', 'password', 'displayName'] as const

describe('toFormErrors', () => {
  beforeAll(() => i18n.changeLanguage('en'))
  const t = i18n.t.bind(i18n)

  it('puts field errors next to known inputs and asks to check them', () => {
    const error = new ApiError(400, {
      code: 'VALIDATION_FAILED',
      detail: 'The request has invalid fields',
      errors: [{ field: 'displayName', code: 'SOMETHING_NEW', message: 'is too long' }],
    })
    const result = toFormErrors(error, fields, t)
    expect(result.fields).toEqual({ displayName: 'is too long' })
    expect(result.form).toBe('Please check the highlighted fields.')
  })

  it('translates known violation codes, by field first', () => {
    const error = new ApiError(400, {
      errors: [
        { field: 'password', code: 'PASSWORD_TOO_SHORT', message: 'must have at least 12 characters' },
        { field: 'email', code: 'NOT_BLANK', message: 'must not be blank' },
      ],
    })
    expect(toFormErrors(error, fields, t).fields).toEqual({
      password: 'The password must be at least 12 characters long.',
      email: 'This field is required.',
    })
  })

  it('summarises errors for fields the form does not show', () => {
    const error = new ApiError(400, { errors: [{ field: 'locale', message: 'is not supported' }] })
    const result = toFormErrors(error, fields, t)
    expect(result.fields).toEqual({})
    expect(result.form).toContain('locale: is not supported')
  })

  it('uses a translated message for known problem codes and the detail otherwise', () => {
    expect(toFormErrors(new ApiError(409, { code: 'EMAIL_TAKEN', detail: 'Email taken' }), fields, t).form).toBe(
      'An account with this email already exists. Would you like to sign in?',
    )
    expect(toFormErrors(new ApiError(410, { code: 'TOKEN_GONE', detail: 'The link has expired' }), fields, t).form).toBe(
      'The link has expired',
    )
  })

  it('tells how long to wait after too many attempts', () => {
    const error = new ApiError(429, { code: 'TOO_MANY_REQUESTS' }, 30)
    expect(toFormErrors(error, fields, t).form).toBe('Too many attempts. Try again in 30 seconds.')
  })

  it('explains network failures and unknown errors', () => {
    expect(toFormErrors(new ApiError(0, {}), fields, t).form).toMatch(/cannot reach the server/)
    expect(toFormErrors(new Error('boom'), fields, t).form).toBe('Something went wrong. Please try again in a moment.')
  })
})

describe('applyServerErrors', () => {
  beforeAll(() => i18n.changeLanguage('en'))
  const t = i18n.t.bind(i18n)

  it('sets each field error on its field, focusing the first, and the summary on root.server', () => {
    const calls: unknown[][] = []
    const form = { getValues: () => ({ email: '', password: '' }), setError: (...args: unknown[]) => void calls.push(args) }
    const error = new ApiError(400, {
      errors: [
        { field: 'email', code: 'NOT_BLANK', message: 'must not be blank' },
        { field: 'password', message: 'is weak' },
      ],
    })
    applyServerErrors(error, form as never, t)
    expect(calls).toEqual([
      ['email', { type: 'server', message: 'This field is required.' }, { shouldFocus: true }],
      ['password', { type: 'server', message: 'is weak' }, { shouldFocus: false }],
      ['root.server', { type: 'server', message: 'Please check the highlighted fields.' }],
    ])
  })

  it('puts problems without field errors on root.server only', () => {
    const calls: unknown[][] = []
    const form = { getValues: () => ({ email: '' }), setError: (...args: unknown[]) => void calls.push(args) }
    applyServerErrors(new ApiError(401, { code: 'BAD_CREDENTIALS' }), form as never, t)
    expect(calls).toEqual([['root.server', { type: 'server', message: 'The email or password is incorrect.' }]])
  })

  it('places nested server paths on nested fields and leaves unknown ones in the summary', () => {
    const calls: unknown[][] = []
    const form = {
      getValues: () => ({ per100g: { kcal: '' }, portions: [{ label: '', grams: '' }] }),
      setError: (...args: unknown[]) => void calls.push(args),
    }
    const error = new ApiError(400, {
      errors: [
        { field: 'portions[0].grams', message: 'must be positive' },
        { field: 'per100g.kcal', message: 'is too high' },
        { field: 'portions[3].grams', message: 'is gone' },
      ],
    })
    applyServerErrors(error, form as never, t)
    expect(calls).toEqual([
      ['portions.0.grams', { type: 'server', message: 'must be positive' }, { shouldFocus: true }],
      ['per100g.kcal', { type: 'server', message: 'is too high' }, { shouldFocus: false }],
      ['root.server', { type: 'server', message: 'Please check the highlighted fields. portions[3].grams: is gone' }],
    ])
  })

  it('joins the messages of server fields that one input stands for', () => {
    const calls: unknown[][] = []
    const form = { getValues: () => ({ name: '' }), setError: (...args: unknown[]) => void calls.push(args) }
    const error = new ApiError(400, {
      errors: [
        { field: 'nameEs', message: 'is too long' },
        { field: 'nameEn', message: 'is blank' },
      ],
    })
    applyServerErrors(error, form as never, t, (field) => (field === 'nameEs' || field === 'nameEn' ? 'name' : undefined))
    expect(calls[0]).toEqual(['name', { type: 'server', message: 'is too long is blank' }, { shouldFocus: true }])
  })
})
