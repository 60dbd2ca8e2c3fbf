import { currentDisplayLocale } from '@/i18n'

/**
 * Parses a number the way people type it in Spanish or English: "68,5" and "68.5" are both
 * 68.5, and thousands written the page language's way are thousands ("1.500" on a Spanish page,
 * "1,500" or "12,345.5" on an English one). NaN when empty or not a number. Number fields are text
 * inputs with inputmode="decimal" (a type="number" input drops or mangles the comma in some
 * browsers and locales) and read their value through this.
 */
export function parseDecimal(text: string): number {
  return parseDecimalIn(text, currentDisplayLocale())
}

/** {@link parseDecimal} for a page in {@code locale}. */
export function parseDecimalIn(text: string, locale: string): number {
  const plain = withDecimalPointIn(text, locale)
  return plain === '' ? Number.NaN : Number(plain)
}

/**
 * A decimal as typed ("9,99", " 9.99 ", "1.500,5" on a Spanish page), trimmed, without thousands
 * separators and with a point: how exact amounts such as prices go to the server. Text that is no
 * number comes back with its separators, so it stays no number.
 */
export function withDecimalPoint(text: string): string {
  return withDecimalPointIn(text, currentDisplayLocale())
}

/** {@link withDecimalPoint} for a page in {@code locale}. */
export function withDecimalPointIn(text: string, locale: string): string {
  const trimmed = text.trim()
  const { group, decimal } = separators(locale)
  const grouped = new RegExp(`^[1-9]\\d{0,2}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`)
  if (grouped.test(trimmed)) {
    return trimmed.replaceAll(group, '').replace(decimal, '.')
  }
  // one separator, whichever: the decimal point ("68.5" typed on a Spanish phone keyboard)
  return trimmed.replace(',', '.')
}

const separatorsByLocale = new Map<string, { group: string; decimal: string }>()

/** A language's thousands and decimal separators, worked out once (forms parse on every keystroke). */
function separators(locale: string) {
  let found = separatorsByLocale.get(locale)
  if (!found) {
    const parts = new Intl.NumberFormat(locale, { useGrouping: 'always' }).formatToParts(12345.5)
    found = {
      group: parts.find((part) => part.type === 'group')?.value ?? ',',
      decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    }
    separatorsByLocale.set(locale, found)
  }
  return found
}

/**
 * A stored number (or an exact decimal string such as a price's "9.99") as a decimal field shows
 * it for editing, with the decimal separator of the language the page is in: 62.5 is "62,5" on a
 * Spanish page, as the member typed it.
 */
export function decimalInput(value: number | string, locale: string = currentDisplayLocale()): string {
  return String(value).replace('.', separators(locale).decimal)
}
