import { Plus, Trash2 } from 'lucide-react'
import type { ReactNode } from 'react'
import { Button } from '@/components/ui/button'

/** Removes one row of a repeated group of fields (an hours window, a portion). */
export function RemoveRowButton({ label, onClick, className }: { label: string; onClick: () => void; className?: string }) {
  return (
    <Button type="button" variant="ghost" size="icon" className={className} aria-label={label} onClick={onClick}>
      <Trash2 aria-hidden="true" />
    </Button>
  )
}

/** Adds a row to a repeated group of fields, below the rows. */
export function AddRowButton({ onClick, children, testId }: { onClick: () => void; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Button type="button" variant="secondary" size="sm" onClick={onClick} data-testid={testId}>
        <Plus aria-hidden="true" />
        {children}
      </Button>
    </div>
  )
}
