import { useEffect, useRef } from 'react'
import { type FieldValues, useForm as useHookForm, type UseFormProps, type UseFormReturn } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

/**
 * react-hook-form's `useForm`, whose errors follow a language switch: the form's own checks run
 * again (their messages come from the new language), and the server's answer, written in the old
 * one, is dropped until the next submit. Without this, "Check the marked fields" stayed Spanish on
 * a page switched to English.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same defaults as react-hook-form's own
export function useForm<TFieldValues extends FieldValues = FieldValues, TContext = any, TTransformedValues = TFieldValues>(
  props?: UseFormProps<TFieldValues, TContext, TTransformedValues>,
): UseFormReturn<TFieldValues, TContext, TTransformedValues> {
  const form = useHookForm(props)
  const { i18n } = useTranslation()
  const language = i18n.language
  const shownIn = useRef(language)
  useEffect(() => {
    if (shownIn.current === language) return
    shownIn.current = language
    if (!form.formState.isSubmitted) return
    form.clearErrors('root')
    void form.trigger()
  }, [language, form])
  return form
}
