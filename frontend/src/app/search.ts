/** Only same-origin paths are accepted as post-login destinations (no open redirects). */
export function safeRedirect(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : undefined
}

export function stringParam(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined
}

export function positiveInt(value: unknown, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const number = typeof value === 'number' ? value : Number(value)
  return Number.isInteger(number) && number >= 1 ? Math.min(number, max) : fallback
}

const pageSizes = [10, 20, 50] as const

/** A table page size from the URL: one of the sizes the tables offer, else the fallback. */
export function pageSize(value: unknown, fallback: (typeof pageSizes)[number] = 20): number {
  return pageSizes.find((size) => size === Number(value)) ?? fallback
}
