import type { ComponentProps } from 'react'
import { Input } from '@/components/ui/input'

/** A rule or badge code: what is typed appears in capitals, the caret staying where it was. */
export function CodeInput({ onChange, ...props }: ComponentProps<'input'>) {
  return (
    <Input
      spellCheck={false}
      autoCapitalize="characters"
      autoComplete="off"
      {...props}
      onChange={(event) => {
        const input = event.target
        const upper = input.value.toUpperCase()
        if (upper !== input.value) {
          const { selectionStart, selectionEnd } = input
          input.value = upper
          input.setSelectionRange(selectionStart, selectionEnd)
        }
        return onChange?.(event)
      }}
    />
  )
}
