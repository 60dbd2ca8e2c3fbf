import { Slot } from 'radix-ui'
import { type ReactNode, useId } from 'react'
import { cn } from '@/lib/utils'
import { Label } from './label'

type FormFieldProps = {
  label: ReactNode
  error?: string
  hint?: ReactNode
  className?: string
  /** A single control; it receives id, aria-invalid and aria-describedby. */
  children: ReactNode
}

/** Label, control, hint and error wired together for assistive technology. */
export function FormField({ label, error, hint, className, children }: FormFieldProps) {
  const id = useId()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined
  return (
    <div className={cn('grid content-start gap-1.5', className)}>
      <Label htmlFor={id}>{label}</Label>
      <Slot.Root id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy}>
        {children}
      </Slot.Root>
      {hint && !error && (
        <p id={hintId} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {hint && error && (
        <p id={hintId} className="sr-only">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm text-danger-700">
          {error}
        </p>
      )}
    </div>
  )
}
