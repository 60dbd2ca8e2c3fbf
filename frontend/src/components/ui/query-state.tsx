import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '@/lib/form-errors'
import { cn } from '@/lib/utils'
import { Alert } from './alert'
import { Spinner } from './spinner'

/** "Loading…" with a spinner; `spacious` when it stands for a whole page or panel. */
export function Loading({ spacious = false, className }: { spacious?: boolean; className?: string }) {
  const { t } = useTranslation()
  return (
    <p className={cn('flex items-center gap-2 text-sm text-muted', spacious && 'py-10', className)}>
      <Spinner /> {t('common.loading')}
    </p>
  )
}

/** A failed request, said in the UI language (problem details translated by code). */
export function QueryError({ error }: { error: unknown }) {
  const { t } = useTranslation()
  return <Alert tone="danger">{errorMessage(error, t)}</Alert>
}

/** The quiet line shown when a list has nothing in it. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="text-sm text-muted">{children}</p>
}

type QueryLike<T> = { isPending: boolean; isError: boolean; error: unknown; data: T | undefined }

type QueryStateProps<T> = {
  query: QueryLike<T>
  spacious?: boolean
  /** Shown instead of the children when `isEmpty` says the data has nothing to show. */
  empty?: ReactNode
  isEmpty?: (data: T) => boolean
  children?: (data: T) => ReactNode
}

/**
 * The one way a query's states look: loading, failed, empty, or its data. Without children it
 * renders only the loading and error states (for pages that lay the data out themselves).
 */
export function QueryState<T>({ query, spacious, empty, isEmpty, children }: QueryStateProps<T>) {
  if (query.isPending) return <Loading spacious={spacious} />
  if (query.isError) return <QueryError error={query.error} />
  const data = query.data as T
  if (empty != null && isEmpty?.(data)) return <EmptyState>{empty}</EmptyState>
  return <>{children?.(data)}</>
}
