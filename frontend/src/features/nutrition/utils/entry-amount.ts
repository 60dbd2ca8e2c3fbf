import type { TFunction } from 'i18next'
import { z } from 'zod'
import { parseDecimal } from './amount'

/** The amount of an entry as typed: portions up to 100, grams up to 10,000. */
export function entryAmountSchema(t: TFunction, inPortions: boolean) {
  const max = inPortions ? 100 : 10000
  return z.object({
    amount: z.string().refine(
      (typed) => {
        const amount = parseDecimal(typed)
        return amount > 0 && amount <= max
      },
      t(inPortions ? 'nutrition.entry.invalidPortions' : 'nutrition.add.invalidAmount'),
    ),
  })
}
