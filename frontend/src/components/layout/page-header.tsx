import type { ReactNode } from 'react'
import { useDocumentTitle } from '@/hooks/use-document-title'

export function PageHeader({ title, description }: { title: string; description?: ReactNode }) {
  useDocumentTitle(title)
  return (
    <header className="mb-6 grid gap-1 sm:mb-8">
      <h1 className="text-2xl font-semibold tracking-tight text-ink sm:text-3xl">{title}</h1>
      {description && <p className="max-w-2xl text-sm text-muted sm:text-base">{description}</p>}
    </header>
  )
}
