import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { errorMessage } from '@/lib/form-errors'
import { useResendVerification } from '../api/resend-verification'

/** Sends a new verification e-mail; compact mode fits a one-line banner. */
export function ResendVerificationButton({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation()
  const resend = useResendVerification()
  const feedback = resend.isSuccess ? t('auth.verify.resent') : resend.isError ? errorMessage(resend.error, t) : null

  if (compact) {
    return (
      <div className="flex shrink-0 items-center gap-3">
        <span role="status" className="text-xs">
          {feedback}
        </span>
        {!resend.isSuccess && (
          <Button variant="secondary" size="sm" pending={resend.isPending} onClick={() => resend.mutate()}>
            {t('auth.verify.resend')}
          </Button>
        )}
      </div>
    )
  }

  return (
    <div className="grid gap-3">
      {resend.isSuccess && <Alert tone="success">{feedback}</Alert>}
      {resend.isError && <Alert tone="danger">{feedback}</Alert>}
      <div>
        <Button variant="secondary" pending={resend.isPending} onClick={() => resend.mutate()}>
          {t('auth.verify.resend')}
        </Button>
      </div>
    </div>
  )
}
