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
