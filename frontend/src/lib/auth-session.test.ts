import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

/** A fresh page load: the module's state (the restore in flight) starts over, the storage stays. */
async function pageLoad() {
  vi.resetModules()
  return import('./auth-session')
}

const status = (code: number) => new Response('{}', { status: code, headers: { 'Content-Type': 'application/problem+json' } })

describe('restoring the session on a page load', () => {
  const fetchMock = vi.fn<typeof fetch>()
  const stored = new Map<string, string>()

  beforeEach(() => {
    stored.clear()
    vi.stubGlobal('fetch', fetchMock)
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => void stored.set(key, value),
    })
  })

  afterEach(() => {
    fetchMock.mockReset()
    vi.unstubAllGlobals()
  })

  it('asks the server once when it does not know, and not again after it said there is no session', async () => {
    fetchMock.mockResolvedValueOnce(status(401))
    const first = await pageLoad()
    await expect(first.restoreSession()).resolves.toBe(false)
    expect(fetchMock).toHaveBeenCalledOnce()
    expect(first.authSession.snapshot.status).toBe('anonymous')

    const second = await pageLoad()
    await expect(second.restoreSession()).resolves.toBe(false)
    expect(fetchMock).toHaveBeenCalledOnce()
    expect(second.authSession.snapshot).toEqual({ status: 'anonymous', accessToken: null })
  })

  it('asks again after a refresh that was rate limited', async () => {
    fetchMock.mockResolvedValueOnce(status(429)).mockResolvedValueOnce(status(401))
    await expect((await pageLoad()).restoreSession()).resolves.toBe(false)
    await expect((await pageLoad()).restoreSession()).resolves.toBe(false)
    expect(fetchMock).toHaveBeenCalledTimes(2)
  })

  it('does not let a refusal that crossed a sign-in in another tab mark the browser signed out', async () => {
    let answer: (response: Response) => void = () => {}
    fetchMock.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)))
    const tab = await pageLoad()
    const restoring = tab.restoreSession()
    stored.set('vitalia.session', 'in:1') // the other tab signed in meanwhile
    answer(status(401))
    await expect(restoring).resolves.toBe(false)

    fetchMock.mockResolvedValueOnce(
      new Response(JSON.stringify({ accessToken: 'b', tokenType: 'Bearer', expiresIn: 900 }), { status: 200 }),
    )
    await expect((await pageLoad()).restoreSession()).resolves.toBe(true)
  })

  it('asks again after a sign-in, and after a server that could not answer', async () => {
    const signedIn = await pageLoad()
    signedIn.authSession.signIn({ accessToken: 't', tokenType: 'Bearer', expiresIn: 900 })
    signedIn.authSession.signOut()
    signedIn.authSession.signIn({ accessToken: 't', tokenType: 'Bearer', expiresIn: 900 })

    fetchMock.mockResolvedValueOnce(status(503))
    await expect((await pageLoad()).restoreSession()).resolves.toBe(false)
    fetchMock.mockRejectedValueOnce(new TypeError('network down'))
    await expect((await pageLoad()).restoreSession()).resolves.toBe(false)
    fetchMock.mockResolvedValueOnce(
      new Response(JSON.stringify({ accessToken: 'new', tokenType: 'Bearer', expiresIn: 900 }), { status: 200 }),
    )
    const restored = await pageLoad()
    await expect(restored.restoreSession()).resolves.toBe(true)
    expect(restored.authSession.accessToken).toBe('new')
    expect(fetchMock).toHaveBeenCalledTimes(3)
  })
})
