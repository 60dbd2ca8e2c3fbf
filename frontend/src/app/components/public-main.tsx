import type { ReactNode } from 'react'

/** The main area of the pages shown to guests (sign-in, sign-up, password and email links). */
export function PublicMain({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="flex-1 bg-[radial-gradient(ellipse_at_top,var(--color-brand-50),transparent_60%)] px-4">
      {children}
    </main>
  )
}
