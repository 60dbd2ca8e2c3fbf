import i18n from '@/i18n'
import { authSession, refreshAccessToken } from './auth-session'

/** RFC 9457 problem details as the Vitalia API sends them. */
export type ProblemDetails = {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
  code?: string
  errors?: Violation[]
}

/** One rejected field: its JSON property name, a stable code and the server's message. */
export type Violation = { field: string; code?: string; message: string }

export class ApiError extends Error {
  readonly status: number
  readonly code: string | undefined
  readonly title: string | undefined
  readonly detail: string | undefined
  /** Validation messages keyed by JSON property name ("password", "heightCm"). */
  readonly fieldErrors: Record<string, string>
  readonly violations: Violation[]
  /** Seconds to wait, from Retry-After on 429 responses. */
  readonly retryAfter: number | undefined

  constructor(status: number, problem: ProblemDetails = {}, retryAfter?: number) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.code = problem.code
    this.title = problem.title
    this.detail = problem.detail
    this.violations = validViolations(problem.errors)
    this.fieldErrors = collectFieldErrors(this.violations)
    this.retryAfter = retryAfter
  }

  get isNetworkError() {
    return this.status === 0
  }
}

function validViolations(errors: unknown): Violation[] {
  if (!Array.isArray(errors)) return []
  return errors.filter(
    (error): error is Violation => Boolean(error) && typeof error.field === 'string' && typeof error.message === 'string',
  )
}

function collectFieldErrors(violations: Violation[]): Record<string, string> {
  const byField: Record<string, string[]> = {}
  for (const error of violations) {
    const messages = (byField[error.field] ??= [])
    if (!messages.includes(error.message)) messages.push(error.message)
  }
  return Object.fromEntries(Object.entries(byField).map(([field, messages]) => [field, messages.join(' ')]))
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds))
  const date = Date.parse(header)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000))
}

/** Turns any non-2xx response into an {@link ApiError}, reading problem+json when present. */
export async function toApiError(response: Response): Promise<ApiError> {
  let problem: ProblemDetails = {}
  const contentType = response.headers.get('content-type') ?? ''
  if (contentType.includes('json')) {
    try {
      const body: unknown = await response.json()
      if (body && typeof body === 'object') problem = body as ProblemDetails
    } catch {
      // An unreadable body still yields an error with the HTTP status.
    }
  }
  if (!problem.title && response.statusText) problem = { ...problem, title: response.statusText }
  return new ApiError(response.status, problem, parseRetryAfter(response.headers.get('retry-after')))
}

type RequestOptions = {
  body?: unknown
  params?: Record<string, string | number | undefined>
  /** false for anonymous endpoints: no bearer token and no refresh-and-retry on 401. */
  auth?: boolean
  /** Extra request headers, e.g. an Idempotency-Key. */
  headers?: Record<string, string>
  signal?: AbortSignal
}

function buildUrl(path: string, params?: RequestOptions['params']) {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined) search.set(key, String(value))
  }
  const query = search.toString()
  return `/api${path}${query ? `?${query}` : ''}`
}

async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': i18n.language || 'es',
    ...options.headers,
  }
  const token = options.auth === false ? null : authSession.accessToken
  if (token) headers.Authorization = `Bearer ${token}`
  // FormData sets its own multipart Content-Type with the boundary
  const form = options.body instanceof FormData
  if (options.body !== undefined && !form) headers['Content-Type'] = 'application/json'
  try {
    return await fetch(buildUrl(path, options.params), {
      method,
      headers,
      credentials: 'include',
      body: options.body === undefined ? undefined : form ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal,
    })
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause
    throw new ApiError(0, { code: 'NETWORK_ERROR' })
  }
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  let response = await send(method, path, options)
  if (response.status === 401 && options.auth !== false && (await refreshAccessToken())) {
    response = await send(method, path, options)
  }
  if (!response.ok) throw await toApiError(response)
  if (response.status === 204) return undefined as T
  const text = await response.text()
  return (text ? JSON.parse(text) : undefined) as T
}

/** A file the server sends as an attachment, with the name from Content-Disposition. */
export type Download = { blob: Blob; fileName: string | undefined }

function attachmentName(header: string | null): string | undefined {
  if (!header) return undefined
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)
  if (encoded) return decodeURIComponent(encoded[1])
  return /filename="?([^";]+)"?/i.exec(header)?.[1]
}

async function download(path: string, options: Omit<RequestOptions, 'body'> = {}): Promise<Download> {
  let response = await send('GET', path, options)
  if (response.status === 401 && options.auth !== false && (await refreshAccessToken())) {
    response = await send('GET', path, options)
  }
  if (!response.ok) throw await toApiError(response)
  return { blob: await response.blob(), fileName: attachmentName(response.headers.get('content-disposition')) }
}

export const api = {
  /** For authenticated downloads (CSV, calendar files), which a plain link cannot do with a bearer token. */
  download,
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T = void>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, body }),
  delete: <T = void>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
  /** POSTs files as multipart/form-data. */
  upload: <T>(path: string, form: FormData, options?: Omit<RequestOptions, 'body'>) => request<T>('POST', path, { ...options, body: form }),
}
