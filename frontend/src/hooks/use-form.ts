import { useCallback, useState, type ChangeEvent } from 'react'
import type { FormErrors } from '@/lib/form-errors'

/** Controlled form values plus client- and server-side errors; editing a field clears its error. */
export function useForm<F extends string>(initial: Record<F, string>) {
  const [values, setValues] = useState(initial)
  const [errors, setErrors] = useState<FormErrors<F>>({ fields: {} })

  const setValue = useCallback((field: F, value: string) => {
    setValues((current) => ({ ...current, [field]: value }))
    setErrors((current) => (current.fields[field] ? { ...current, fields: { ...current.fields, [field]: undefined } } : current))
  }, [])

  const bind = (field: F) => ({
    name: field,
    value: values[field],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      setValue(field, event.target.value),
  })

  return { values, setValues, setValue, errors, setErrors, bind }
}
