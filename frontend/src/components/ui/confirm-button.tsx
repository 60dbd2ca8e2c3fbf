import { type ReactNode, useEffect, useRef, useState } from 'react'
import { Button } from './button'

type ConfirmButtonProps = {
  children: ReactNode
  /** The question's answer that performs the action, e.g. "Yes, cancel". */
  confirmLabel: string
  keepLabel: string
  onConfirm: () => void
  pending?: boolean
  disabled?: boolean
  /** Holds the answer back while what the question asks for is not valid yet (it says why). */
  confirmDisabled?: boolean
  /** Shown beside the question, e.g. an amount field that refines the action. */
  question?: ReactNode
  'data-testid'?: string
}

/** A destructive action that asks once, in place, before it runs. */
export function ConfirmButton({
  children,
  confirmLabel,
  keepLabel,
  onConfirm,
  pending,
  disabled,
  confirmDisabled,
  question,
  'data-testid': testId,
}: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false)
  const confirmRef = useRef<HTMLButtonElement>(null)
  // The first button disappears when asking: keep keyboard focus on the question.
  useEffect(() => {
    if (asking) confirmRef.current?.focus()
  }, [asking])
  if (!asking && !pending)
    return (
      <Button size="sm" variant="danger" disabled={disabled} onClick={() => setAsking(true)} data-testid={testId}>
        {children}
      </Button>
    )
  return (
    <span className="inline-flex items-center gap-1" role="group">
      {question}
      <Button
        size="sm"
        className="bg-danger-600 text-white hover:bg-danger-700"
        pending={pending}
        disabled={confirmDisabled}
        onClick={() => {
          setAsking(false)
          onConfirm()
        }}
        data-testid={testId ? `${testId}-confirm` : undefined}
        ref={confirmRef}
      >
        {confirmLabel}
      </Button>
      {!pending && (
        <Button size="sm" variant="ghost" onClick={() => setAsking(false)}>
          {keepLabel}
        </Button>
      )}
    </span>
  )
}
