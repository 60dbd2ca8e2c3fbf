import { useSyncExternalStore } from 'react'

/** Whether a CSS media query matches now, updated when it starts or stops matching (a rotated phone). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (changed) => {
      const list = window.matchMedia(query)
      list.addEventListener('change', changed)
      return () => list.removeEventListener('change', changed)
    },
    () => window.matchMedia(query).matches,
  )
}
