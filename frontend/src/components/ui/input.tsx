import type { ComponentProps } from 'react'
import { cn } from '@/lib/utils'

export const controlClass =
  'block h-11 w-full rounded-xl border border-line bg-surface px-3.5 py-2 text-base text-ink shadow-xs transition-colors placeholder:text-muted/70 focus-visible:border-brand-600 focus-visible:outline-none focus-visible:ring-3 focus-visible:ring-brand-200 disabled:opacity-60 aria-invalid:border-danger-600 aria-invalid:focus-visible:ring-danger-50 sm:text-sm'

export function Input({ className, ...props }: ComponentProps<'input'>) {
  return <input className={cn(controlClass, className)} {...props} />
}

export function NativeSelect({ className, ...props }: ComponentProps<'select'>) {
  return (
    <select
      className={cn(
        controlClass,
        'appearance-none bg-[url("data:image/svg+xml,%3Csvg%20xmlns%3D%27http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%27%20viewBox%3D%270%200%2020%2020%27%20fill%3D%27%2364748b%27%3E%3Cpath%20d%3D%27M5.3%207.3a1%201%200%20011.4%200L10%2010.6l3.3-3.3a1%201%200%20111.4%201.4l-4%204a1%201%200%2001-1.4%200l-4-4a1%201%200%20010-1.4z%27%2F%3E%3C%2Fsvg%3E")] bg-[length:1.25rem] bg-[right_0.6rem_center] bg-no-repeat pr-9',
        className,
      )}
      {...props}
    />
  )
}

type SearchOnEnterProps = Omit<ComponentProps<'input'>, 'defaultValue' | 'onKeyDown'> & {
  label: string
  value: string | undefined
  onSearch: (value: string | undefined) => void
}

/** A search box for server-side filters: searches when Enter is pressed; an empty box clears the filter. */
export function SearchOnEnter({ label, value, onSearch, className, ...props }: SearchOnEnterProps) {
  return (
    <Input
      type="search"
      aria-label={label}
      placeholder={label}
      defaultValue={value ?? ''}
      className={cn('w-64', className)}
      // the admin lists search at most 100 characters (a name or an email address)
      maxLength={100}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onSearch(e.currentTarget.value || undefined)
      }}
      {...props}
    />
  )
}
