import { Alert } from './alert'

/** The form-level error summary; role="alert" makes screen readers announce it. */
export function FormAlert({ message }: { message?: string }) {
  if (!message) return null
  return <Alert tone="danger">{message}</Alert>
}
