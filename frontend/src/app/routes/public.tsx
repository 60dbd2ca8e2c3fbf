import { createRoute, Link, redirect, useNavigate } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { AuthCard } from '@/components/layout/auth-card'
import { Alert } from '@/components/ui/alert'
import { buttonVariants } from '@/components/ui/button'
import { meQueryOptions } from '@/features/account/api/get-me'
import { ForgotPasswordForm } from '@/features/auth/components/forgot-password-form'
import { LoginForm } from '@/features/auth/components/login-form'
import { RegisterForm } from '@/features/auth/components/register-form'
import { ResetPasswordForm } from '@/features/auth/components/reset-password-form'
import { ResendVerificationButton } from '@/features/auth/components/resend-verification-button'
import { VerifyEmailStatus } from '@/features/auth/components/verify-email-status'
import { authSession, restoreSession, useAuthSession } from '@/lib/auth-session'
import { safeRedirect, stringParam } from '../search'
import { redirectMembers } from './guards'
import { rootRoute } from './root'

const loginReasons = ['registered', 'password-changed', 'password-reset', 'session-expired'] as const
type LoginReason = (typeof loginReasons)[number]

type LoginSearch = { redirect?: string; reason?: LoginReason }

function PublicMain({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="flex-1 bg-[radial-gradient(ellipse_at_top,var(--color-brand-50),transparent_60%)] px-4">
      {children}
    </main>
  )
}

export const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: async ({ context }) => {
    await restoreSession()
    if (!authSession.accessToken) throw redirect({ to: '/login' })
    // Each role starts on its own main page.
    const me = await context.queryClient.ensureQueryData(meQueryOptions()).catch(() => null)
    const roles = me?.roles ?? []
    throw redirect({
      to: roles.includes('MEMBER') ? '/today' : roles.includes('CLINICIAN') ? '/agenda' : roles.includes('ADMIN') ? '/admin/clinicians' : '/profile',
    })
  },
})

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'login',
  validateSearch: (search: Record<string, unknown>): LoginSearch => ({
    redirect: safeRedirect(search.redirect),
    reason: loginReasons.find((reason) => reason === search.reason),
  }),
  beforeLoad: ({ search }) => redirectMembers(search.redirect),
  component: LoginPage,
})

function LoginPage() {
  const { t } = useTranslation()
  const { redirect: to, reason } = loginRoute.useSearch()
  const navigate = useNavigate()
  return (
    <PublicMain>
      <AuthCard
        title={t('auth.login.title')}
        description={t('auth.login.description')}
        footer={
          <>
            {t('auth.login.noAccount')}{' '}
            <Link to="/register" className="font-medium text-brand-700 hover:underline">
              {t('auth.login.createAccount')}
            </Link>
          </>
        }
      >
        {reason && (
          <Alert tone={reason === 'session-expired' ? 'warning' : 'success'} className="mb-5">
            {t(`auth.login.reasons.${reason}`)}
          </Alert>
        )}
        <LoginForm onSuccess={() => void navigate({ to: to ?? '/profile', replace: true })} />
      </AuthCard>
    </PublicMain>
  )
}

export const registerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'register',
  beforeLoad: () => redirectMembers(undefined),
  component: RegisterPage,
})

function RegisterPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <PublicMain>
      <AuthCard
        title={t('auth.register.title')}
        description={t('auth.register.description')}
        footer={
          <>
            {t('auth.register.haveAccount')}{' '}
            <Link to="/login" className="font-medium text-brand-700 hover:underline">
              {t('auth.register.signIn')}
            </Link>
          </>
        }
      >
        <RegisterForm onSuccess={() => void navigate({ to: '/login', search: { reason: 'registered' } })} />
      </AuthCard>
    </PublicMain>
  )
}

export const verifyEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'verify-email',
  validateSearch: (search: Record<string, unknown>): { token?: string } => ({ token: stringParam(search.token) }),
  component: VerifyEmailPage,
})

function VerifyEmailPage() {
  const { t } = useTranslation()
  const { token } = verifyEmailRoute.useSearch()
  const session = useAuthSession()
  const signedIn = session.status === 'authenticated'
  return (
    <PublicMain>
      <AuthCard title={t('auth.verify.title')}>
        <div className="grid gap-5">
          {token ? <VerifyEmailStatus token={token} /> : <Alert tone="warning">{t('auth.verify.missingToken')}</Alert>}
          {signedIn ? (
            <>
              <p className="text-sm text-muted">{t('auth.verify.resendHint')}</p>
              <ResendVerificationButton />
              <Link to="/profile" className={buttonVariants({ variant: 'link' })}>
                {t('auth.verify.continue')}
              </Link>
            </>
          ) : (
            <Link to="/login" className={buttonVariants({ variant: 'primary', size: 'lg' })}>
              {t('auth.verify.toLogin')}
            </Link>
          )}
        </div>
      </AuthCard>
    </PublicMain>
  )
}

export const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'forgot-password',
  component: ForgotPasswordPage,
})

function ForgotPasswordPage() {
  const { t } = useTranslation()
  return (
    <PublicMain>
      <AuthCard
        title={t('auth.forgot.title')}
        description={t('auth.forgot.description')}
        footer={
          <Link to="/login" className="font-medium text-brand-700 hover:underline">
            {t('auth.backToLogin')}
          </Link>
        }
      >
        <ForgotPasswordForm />
      </AuthCard>
    </PublicMain>
  )
}

export const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'reset-password',
  validateSearch: (search: Record<string, unknown>): { token?: string } => ({ token: stringParam(search.token) }),
  component: ResetPasswordPage,
})

function ResetPasswordPage() {
  const { t } = useTranslation()
  const { token } = resetPasswordRoute.useSearch()
  const navigate = useNavigate()
  return (
    <PublicMain>
      <AuthCard
        title={t('auth.reset.title')}
        description={t('auth.reset.description')}
        footer={
          <Link to="/forgot-password" className="font-medium text-brand-700 hover:underline">
            {t('auth.reset.requestNew')}
          </Link>
        }
      >
        {token ? (
          <ResetPasswordForm
            token={token}
            onSuccess={() => {
              // Resetting revokes every session, including one open in this tab.
              authSession.signOut('password-changed')
              void navigate({ to: '/login', search: { reason: 'password-reset' } })
            }}
          />
        ) : (
          <Alert tone="warning">{t('auth.reset.missingToken')}</Alert>
        )}
      </AuthCard>
    </PublicMain>
  )
}
