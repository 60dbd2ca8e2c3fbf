import { createLazyRoute } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { Badge } from '@/components/ui/badge'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { Loading, QueryError } from '@/components/ui/query-state'
import { useMe } from '@/features/account/api/get-me'
import { ChangePasswordForm } from '@/features/account/components/change-password-form'
import { DataExportCard } from '@/features/account/components/data-export-card'
import { DeleteAccountCard } from '@/features/account/components/delete-account-card'
import { DisplayNameForm } from '@/features/account/components/display-name-form'
import { LanguageForm } from '@/features/account/components/language-form'
import { SessionsCard } from '@/features/account/components/sessions-card'
import { ResendVerificationButton } from '@/features/auth/components/resend-verification-button'
import { PreferencesCard } from '@/features/notifications/components/preferences-card'
import { AiConsentCard } from '@/features/photos/components/ai-consent-card'

export const Route = createLazyRoute('/_signedIn/settings')({ component: SettingsPage })

function SettingsPage() {
  const { t } = useTranslation()
  const me = useMe()
  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      {me.isPending && <Loading spacious />}
      {me.isError && <QueryError error={me.error} />}
      {me.data && (
        <div className="grid max-w-3xl gap-6">
          <Card aria-labelledby="account-title">
            <CardHeader>
              <CardTitle id="account-title">{t('settings.account')}</CardTitle>
              <CardDescription>{t('settings.accountHint')}</CardDescription>
            </CardHeader>
            <CardContent className="grid gap-5">
              <div className="grid gap-1 text-sm">
                <span className="font-medium">{t('auth.email')}</span>
                <span className="flex flex-wrap items-center gap-2 text-muted">
                  {me.data.email}
                  {me.data.emailVerified ? (
                    <Badge tone="success">{t('settings.verified')}</Badge>
                  ) : (
                    <Badge tone="warning">{t('settings.unverified')}</Badge>
                  )}
                </span>
              </div>
              <DisplayNameForm key={me.data.displayName} me={me.data} />
            </CardContent>
          </Card>

          {!me.data.emailVerified && (
            <Card aria-labelledby="verification-title">
              <CardHeader>
                <CardTitle id="verification-title">{t('settings.verification')}</CardTitle>
                <CardDescription>{t('settings.verificationHint', { email: me.data.email })}</CardDescription>
              </CardHeader>
              <CardContent>
                <ResendVerificationButton />
              </CardContent>
            </Card>
          )}

          <Card aria-labelledby="language-title">
            <CardHeader>
              <CardTitle id="language-title">{t('settings.languageTitle')}</CardTitle>
            </CardHeader>
            <CardContent>
              <LanguageForm />
            </CardContent>
          </Card>

          <PreferencesCard />

          {me.data.roles.includes('MEMBER') && <AiConsentCard />}

          <Card aria-labelledby="password-title">
            <CardHeader>
              <CardTitle id="password-title">{t('settings.passwordTitle')}</CardTitle>
              <CardDescription>{t('settings.passwordHint')}</CardDescription>
            </CardHeader>
            <CardContent>
              <ChangePasswordForm />
            </CardContent>
          </Card>

          <SessionsCard />

          <DataExportCard />

          <DeleteAccountCard memberOnly={me.data.roles.every((role) => role === 'MEMBER')} />
        </div>
      )}
    </>
  )
}
