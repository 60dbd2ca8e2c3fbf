import { currentDisplayLocale } from '@/i18n'

/**
 * Parses a number the way people type it in Spanish or English: "68,5" and "68.5" are both
 * 68.5. NaN when empty or not a number. Number fields are text inputs with inputmode="decimal"
 * (a type="number" input drops or mangles the comma in some browsers and locales) and read
 * their value through this.
 */
export function parseDecimal(text: string): number {
  const trimmed = text.trim().replace(',', '.')
  return trimmed === '' ? Number.NaN : Number(trimmed)
}

/**
 * A stored number as a decimal field shows it for editing, with the decimal separator of the
 * language the page is in: 62.5 is "62,5" on a Spanish page, as the member typed it.
 */
export function decimalInput(value: number, locale: string = currentDisplayLocale()): string {
  const separator = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.'
  return String(value).replace('.', separator)
}
