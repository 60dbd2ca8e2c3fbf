import type { TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { entryAmountSchema } from './entry-amount'

const t = ((key: string) => key) as unknown as TFunction

describe('entryAmountSchema', () => {
  it('takes grams up to 10,000 with a decimal comma or point', () => {
    const grams = entryAmountSchema(t, false)
    expect(grams.safeParse({ amount: '150,5' }).success).toBe(true)
    expect(grams.safeParse({ amount: '10000' }).success).toBe(true)
    expect(grams.safeParse({ amount: '10001' }).success).toBe(false)
    expect(grams.safeParse({ amount: '0' }).success).toBe(false)
    expect(grams.safeParse({ amount: 'abc' }).success).toBe(false)
  })

  it('takes portions up to 100 and says why otherwise', () => {
    const portions = entryAmountSchema(t, true)
    expect(portions.safeParse({ amount: '1.5' }).success).toBe(true)
    const tooMany = portions.safeParse({ amount: '150' })
    expect(tooMany.success).toBe(false)
    expect(tooMany.error?.issues[0]).toMatchObject({ path: ['amount'], message: 'nutrition.entry.invalidPortions' })
  })
})
