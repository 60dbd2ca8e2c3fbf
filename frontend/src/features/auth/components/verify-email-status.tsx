import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { QueryError } from '@/components/ui/query-state'
import { Spinner } from '@/components/ui/spinner'
import { useVerifyEmail } from '../api/verify-email'

/** Posts the token from the e-mail link once and reports the outcome. */
export function VerifyEmailStatus({ token }: { token: string }) {
  const { t } = useTranslation()
  const verify = useVerifyEmail()
  const { mutate } = verify
  const sent = useRef<string | null>(null)

  useEffect(() => {
    // Tokens are single-use: never post the same one twice (StrictMode runs effects twice).
    if (sent.current === token) return
    sent.current = token
    mutate(token)
  }, [token, mutate])

  if (verify.isSuccess) return <Alert tone="success">{t('auth.verify.success')}</Alert>
  if (verify.isError) return <QueryError error={verify.error} />
  return (
    <p role="status" className="flex items-center gap-2 text-sm text-muted">
      <Spinner /> {t('auth.verify.checking')}
    </p>
  )
}
