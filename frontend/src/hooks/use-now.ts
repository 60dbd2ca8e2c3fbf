import { useEffect, useState } from 'react'

/** The current time in ms, refreshed every `intervalMs` so time-based UI (has it started?) stays right. */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
  return now
}
