import { currentDisplayLocale } from '@/i18n'

/**
 * Parses a number the way people type it in Spanish or English: "68,5" and "68.5" are both
 * 68.5. NaN when empty or not a number. Number fields are text inputs with inputmode="decimal"
 * (a type="number" input drops or mangles the comma in some browsers and locales) and read
 * their value through this.
 */
export function parseDecimal(text: string): number {
  const trimmed = withDecimalPoint(text)
  return trimmed === '' ? Number.NaN : Number(trimmed)
}

/** A decimal as typed ("9,99" or " 9.99 "), trimmed and with a point: how exact amounts such as prices go to the server. */
export function withDecimalPoint(text: string): string {
  return text.trim().replace(',', '.')
}

/**
 * A stored number (or an exact decimal string such as a price's "9.99") as a decimal field shows
 * it for editing, with the decimal separator of the language the page is in: 62.5 is "62,5" on a
 * Spanish page, as the member typed it.
 */
export function decimalInput(value: number | string, locale: string = currentDisplayLocale()): string {
  const separator = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.'
  return String(value).replace('.', separator)
}
