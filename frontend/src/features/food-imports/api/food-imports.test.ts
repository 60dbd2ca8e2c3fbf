import { QueryClient } from '@tanstack/react-query'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/lib/api-client'
import { authSession } from '@/lib/auth-session'
import { POLL_MS } from '../utils/import-progress'
import { type FoodImport, foodImportQueryOptions, foodImportsQueryOptions, getRemoteSourceStatus, startFoodImport } from './food-imports'

const job = (status: FoodImport['status'], rowsDone = 0, rowsTotal = 0): FoodImport => ({
  id: 'job-1',
  format: 'fdc-csv',
  status,
  rowsDone,
  rowsTotal,
  foods: status === 'SUCCEEDED' ? rowsTotal : null,
  nutrientValues: null,
  portions: null,
  error: null,
  createdAt: '2026-01-01T10:00:00Z',
  startedAt: null,
  finishedAt: null,
})

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

describe('food imports api', () => {
  const fetchMock = vi.fn<typeof fetch>()

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock)
    authSession.signIn({ accessToken: 'admin-token', tokenType: 'Bearer', expiresIn: 900 })
  })

  afterEach(() => {
    fetchMock.mockReset()
    vi.unstubAllGlobals()
  })

  it('uploads the zip as multipart with the chosen format and returns the queued import', async () => {
    fetchMock.mockResolvedValueOnce(json(job('QUEUED'), 202))
    const file = new File([new Uint8Array([80, 75, 3, 4])], 'FoodData_Central_csv.zip', { type: 'application/zip' })

    await expect(startFoodImport({ format: 'fdc-csv', file })).resolves.toMatchObject({ id: 'job-1', status: 'QUEUED' })

    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/admin/foods/imports?format=fdc-csv')
    expect(init?.method).toBe('POST')
    const body = init?.body as FormData
    expect(body).toBeInstanceOf(FormData)
    expect((body.get('file') as File).name).toBe('FoodData_Central_csv.zip')
    // the browser adds multipart/form-data with its boundary
    expect((init?.headers as Record<string, string>)['Content-Type']).toBeUndefined()
    expect((init?.headers as Record<string, string>).Authorization).toBe('Bearer admin-token')
  })

  it('turns a too-large upload into an error with its code', async () => {
    fetchMock.mockResolvedValueOnce(
      new Response(JSON.stringify({ status: 413, code: 'PAYLOAD_TOO_LARGE', detail: 'The request body is larger than 536870912 bytes' }), {
        status: 413,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    )
    const file = new File(['x'], 'big.zip')
    const error = await startFoodImport({ format: 'sr28', file }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).status).toBe(413)
    expect((error as ApiError).code).toBe('PAYLOAD_TOO_LARGE')
  })

  it('polls a running import until it has finished', async () => {
    const client = new QueryClient()
    const options = foodImportQueryOptions('job-1')
    const interval = options.refetchInterval as (query: unknown) => number | false

    fetchMock.mockResolvedValueOnce(json(job('RUNNING', 10, 40)))
    await client.fetchQuery(options)
    expect(fetchMock.mock.calls[0][0]).toBe('/api/admin/foods/imports/job-1')
    expect(interval(client.getQueryCache().find({ queryKey: options.queryKey }))).toBe(POLL_MS)

    fetchMock.mockResolvedValueOnce(json(job('SUCCEEDED', 40, 40)))
    await client.fetchQuery({ ...options, staleTime: 0 })
    expect(interval(client.getQueryCache().find({ queryKey: options.queryKey }))).toBe(false)
  })

  it('refreshes the list only while one of its imports is running', async () => {
    const client = new QueryClient()
    const options = foodImportsQueryOptions({ page: 0, size: 10 })
    const interval = options.refetchInterval as (query: unknown) => number | false

    fetchMock.mockResolvedValueOnce(json({ content: [job('SUCCEEDED', 3, 3), job('QUEUED')], page: 0, size: 10, totalElements: 2 }))
    await client.fetchQuery(options)
    expect(fetchMock.mock.calls[0][0]).toBe('/api/admin/foods/imports?page=0&size=10')
    expect(interval(client.getQueryCache().find({ queryKey: options.queryKey }))).toBe(POLL_MS)

    fetchMock.mockResolvedValueOnce(json({ content: [job('SUCCEEDED', 3, 3)], page: 0, size: 10, totalElements: 1 }))
    await client.fetchQuery({ ...options, staleTime: 0 })
    expect(interval(client.getQueryCache().find({ queryKey: options.queryKey }))).toBe(false)
  })

  it('reads the remote source status', async () => {
    fetchMock.mockResolvedValueOnce(json({ configured: true, breaker: 'CLOSED', hourlyLimit: 1000, quotaRemaining: 998 }))
    await expect(getRemoteSourceStatus()).resolves.toEqual({ configured: true, breaker: 'CLOSED', hourlyLimit: 1000, quotaRemaining: 998 })
    expect(fetchMock.mock.calls[0][0]).toBe('/api/admin/foods/remote')
  })
})
