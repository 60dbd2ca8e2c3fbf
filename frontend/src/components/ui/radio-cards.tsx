import { RadioGroup } from 'radix-ui'
import { type Ref, useId } from 'react'
import { cn } from '@/lib/utils'

type Option<V extends string> = { value: V; label: string; description?: string }

type RadioCardsProps<V extends string> = {
  legend: string
  name: string
  value: V | null
  options: Option<V>[]
  onChange: (value: V) => void
  error?: string
  columns?: 2 | 3
  /** The radio that takes focus for the group (the chosen one, else the first), e.g. a form library's field ref. */
  ref?: Ref<HTMLButtonElement>
}

/** A labelled radio group rendered as selectable cards (sex, goal). */
export function RadioCards<V extends string>({ legend, name, value, options, onChange, error, columns = 2, ref }: RadioCardsProps<V>) {
  const id = useId()
  const errorId = error ? `${id}-error` : undefined
  return (
    <div className="grid gap-1.5">
      <span id={`${id}-legend`} className="text-sm font-medium text-ink">
        {legend}
      </span>
      <RadioGroup.Root
        name={name}
        value={value ?? ''}
        onValueChange={(next) => onChange(next as V)}
        aria-labelledby={`${id}-legend`}
        aria-describedby={errorId}
        aria-invalid={error ? true : undefined}
        className={cn('grid gap-2', columns === 3 ? 'grid-cols-1 min-[420px]:grid-cols-3' : 'grid-cols-2')}
      >
        {options.map((option) => (
          <label
            key={option.value}
            htmlFor={`${id}-${option.value}`}
            className={cn(
              'flex cursor-pointer items-center gap-2.5 rounded-xl border border-line bg-surface px-3 py-2.5 text-sm transition-colors hover:bg-brand-50 has-[[data-state=checked]]:border-brand-600 has-[[data-state=checked]]:bg-brand-50 has-[:focus-visible]:ring-3 has-[:focus-visible]:ring-brand-200',
              error && 'border-danger-600',
            )}
          >
            <RadioGroup.Item
              ref={option.value === (value ?? options[0]?.value) ? ref : undefined}
              id={`${id}-${option.value}`}
              value={option.value}
              className="grid size-4 shrink-0 place-items-center rounded-full border border-muted/60 bg-surface outline-none data-[state=checked]:border-brand-700"
            >
              <RadioGroup.Indicator className="size-2 rounded-full bg-brand-700" />
            </RadioGroup.Item>
            <span className="grid">
              <span className="font-medium">{option.label}</span>
              {option.description && <span className="text-xs text-muted">{option.description}</span>}
            </span>
          </label>
        ))}
      </RadioGroup.Root>
      {error && (
        <p id={errorId} className="text-sm text-danger-700">
          {error}
        </p>
      )}
    </div>
  )
}
