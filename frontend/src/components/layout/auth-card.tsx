import type { ReactNode } from 'react'
import { useDocumentTitle } from '@/hooks/use-document-title'

type AuthCardProps = { title: string; description?: ReactNode; children: ReactNode; footer?: ReactNode }

/** The narrow centred card used by sign-in, sign-up and recovery pages. */
export function AuthCard({ title, description, children, footer }: AuthCardProps) {
  useDocumentTitle(title)
  return (
    <div className="mx-auto w-full max-w-md py-6 sm:py-12">
      <div className="rounded-card border border-line bg-surface px-5 py-7 shadow-sm sm:px-8 sm:py-9">
        <h1 className="text-2xl font-semibold tracking-tight text-ink">{title}</h1>
        {description && <p className="mt-2 text-sm text-muted">{description}</p>}
        <div className="mt-6">{children}</div>
      </div>
      {footer && <div className="mt-5 text-center text-sm text-muted">{footer}</div>}
    </div>
  )
}
