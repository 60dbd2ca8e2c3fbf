import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { api, ApiError, toApiError } from './api-client'
import { authSession } from './auth-session'

const problem = (status: number, body: object, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  })

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

describe('toApiError', () => {
  it('reads code, detail and field errors from problem details', async () => {
    const error = await toApiError(
      problem(400, {
        type: 'https://vitalia.app/problems/validation-failed',
        title: 'Bad Request',
        status: 400,
        detail: 'The request has invalid fields',
        code: 'VALIDATION_FAILED',
        errors: [
          { field: 'password', code: 'SIZE', message: 'must be at least 12 characters' },
          { field: 'password', code: 'WEAK_PASSWORD', message: 'is too common' },
          { field: 'heightCm', code: 'MAX', message: 'must be at most 250' },
        ],
      }),
    )
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(400)
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.detail).toBe('The request has invalid fields')
    expect(error.fieldErrors).toEqual({
      password: 'must be at least 12 characters is too common',
      heightCm: 'must be at most 250',
    })
  })

  it('keeps Retry-After seconds of a 429', async () => {
    const error = await toApiError(problem(429, { status: 429, code: 'TOO_MANY_REQUESTS' }, { 'Retry-After': '42' }))
    expect(error.retryAfter).toBe(42)
  })

  it('survives bodies that are not problem details', async () => {
    const error = await toApiError(new Response('<html>oops</html>', { status: 502, statusText: 'Bad Gateway' }))
    expect(error.status).toBe(502)
    expect(error.code).toBeUndefined()
    expect(error.fieldErrors).toEqual({})
    expect(error.message).toBe('Bad Gateway')
  })

  it('ignores malformed error entries', async () => {
    const error = await toApiError(problem(400, { errors: [null, { field: 'email' }, { field: 'email', message: 'taken' }] }))
    expect(error.fieldErrors).toEqual({ email: 'taken' })
  })
})

describe('api', () => {
  const fetchMock = vi.fn<typeof fetch>()

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock)
    authSession.signIn({ accessToken: 'old-token', tokenType: 'Bearer', expiresIn: 900 })
  })

  afterEach(() => {
    fetchMock.mockReset()
    vi.unstubAllGlobals()
  })

  it('sends the bearer token and the cookie', async () => {
    fetchMock.mockResolvedValueOnce(json({ id: '1' }))
    await api.get('/me')
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/me')
    expect(init?.credentials).toBe('include')
    expect((init?.headers as Record<string, string>).Authorization).toBe('Bearer old-token')
  })

  it('refreshes once on 401 and retries with the new token', async () => {
    fetchMock
      .mockResolvedValueOnce(problem(401, { status: 401, code: 'UNAUTHORIZED' }))
      .mockResolvedValueOnce(json({ accessToken: 'new-token', tokenType: 'Bearer', expiresIn: 900, refreshToken: 'r' }))
      .mockResolvedValueOnce(json({ id: '1' }))

    await expect(api.get('/me')).resolves.toEqual({ id: '1' })

    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['/api/me', '/api/auth/refresh', '/api/me'])
    const retried = fetchMock.mock.calls[2][1]?.headers as Record<string, string>
    expect(retried.Authorization).toBe('Bearer new-token')
    expect(authSession.accessToken).toBe('new-token')
  })

  it('ends the session when the refresh fails', async () => {
    fetchMock.mockResolvedValueOnce(problem(401, { status: 401 })).mockResolvedValueOnce(problem(401, { status: 401 }))

    await expect(api.get('/me')).rejects.toMatchObject({ status: 401 })
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(authSession.snapshot).toMatchObject({ status: 'anonymous', reason: 'expired' })
  })

  it('does not refresh for anonymous endpoints such as login', async () => {
    fetchMock.mockResolvedValueOnce(problem(401, { status: 401, code: 'BAD_CREDENTIALS', detail: 'Bad credentials' }))
    await expect(api.post('/auth/login', { email: 'a@b.c', password: 'x' }, { auth: false })).rejects.toMatchObject({
      code: 'BAD_CREDENTIALS',
    })
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect((fetchMock.mock.calls[0][1]?.headers as Record<string, string>).Authorization).toBeUndefined()
  })

  it('returns undefined for 204 responses', async () => {
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }))
    await expect(api.delete('/me/targets')).resolves.toBeUndefined()
  })

  it('reports network failures as status 0', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    await expect(api.get('/me')).rejects.toMatchObject({ status: 0, isNetworkError: true })
  })
})
