import { describe, expect, it } from 'vitest'
import { parseEvents } from './event-stream'

describe('parseEvents', () => {
  it('returns complete events and keeps the unfinished tail', () => {
    const { events, rest } = parseEvents('event:unread\ndata:{"unreadCount":2}\n\nevent:notification\ndata:{"a"')
    expect(events).toEqual([{ event: 'unread', data: '{"unreadCount":2}' }])
    expect(rest).toBe('event:notification\ndata:{"a"')
  })

  it('joins multi-line data and reads CRLF streams', () => {
    const { events } = parseEvents('data: one\r\ndata: two\r\n\r\n')
    expect(events).toEqual([{ event: 'message', data: 'one\ntwo' }])
  })
})
