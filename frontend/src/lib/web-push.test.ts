import { describe, expect, it } from 'vitest'
import { base64UrlToBytes, madeWithKey } from './web-push'

describe('base64UrlToBytes', () => {
  it('decodes unpadded base64url, as the server sends the VAPID key', () => {
    expect(Array.from(base64UrlToBytes('-_8'))).toEqual([0xfb, 0xff])
    expect(Array.from(base64UrlToBytes('AQIDBA'))).toEqual([1, 2, 3, 4])
  })
})

describe('madeWithKey', () => {
  const key = new Uint8Array([4, 1, 2, 3])
  it('tells a subscription made with another server key', () => {
    expect(madeWithKey(new Uint8Array([4, 1, 2, 3]).buffer, key)).toBe(true)
    expect(madeWithKey(new Uint8Array([4, 9, 2, 3]).buffer, key)).toBe(false)
    expect(madeWithKey(new Uint8Array([4, 1, 2]).buffer, key)).toBe(false)
  })
  it('trusts browsers that do not say which key they used', () => {
    expect(madeWithKey(null, key)).toBe(true)
  })
})
