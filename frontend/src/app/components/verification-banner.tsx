import { useTranslation } from 'react-i18next'
import { useMe } from '@/features/account/api/get-me'
import { ResendVerificationButton } from '@/features/auth/components/resend-verification-button'

/** Reminds signed-in members with an unverified address, with a resend action. */
export function VerificationBanner() {
  const { t } = useTranslation()
  const me = useMe()
  if (!me.data || me.data.emailVerified) return null
  return (
    <div className="border-b border-warn-800/15 bg-warn-50">
      <div className="mx-auto flex max-w-7xl flex-col gap-3 px-4 py-3 text-sm text-warn-800 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>{t('verificationBanner.text', { email: me.data.email })}</p>
        <ResendVerificationButton compact />
      </div>
    </div>
  )
}
