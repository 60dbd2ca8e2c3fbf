import { describe, expect, it } from 'vitest'
import type { PaymentRow } from '../api/admin-billing'
import { refundable, refundProblem } from './refund'

const payment = { amount: '9.99', refundedAmount: '1.50' } as PaymentRow

describe('a refund amount typed by an admin', () => {
  it('is what is left of the payment at most', () => {
    expect(refundable(payment)).toBe('8.49')
    expect(refundProblem('8.49', payment)).toBeNull()
    expect(refundProblem('8.50', payment)).toBe('tooMuch')
    expect(refundProblem('', payment)).toBeNull()
  })

  it('is a positive amount with at most three decimals', () => {
    for (const typed of ['abc', '-1', '0', '1.234.5', '1.2345']) expect(refundProblem(typed, payment)).toBe('format')
  })
})
