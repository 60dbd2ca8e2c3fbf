import { Link } from '@tanstack/react-router'
import { type RefObject, useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageSwitcher } from '@/components/layout/language-switcher'
import { Logo } from '@/components/layout/logo'
import { type Role, useMe } from '@/features/account/api/get-me'
import { useUpdateMe } from '@/features/account/api/update-me'
import { LogoutButton } from '@/features/auth/components/logout-button'
import { NotificationBell } from '@/features/notifications/components/notification-bell'
import { useAuthSession } from '@/lib/auth-session'
import { cn } from '@/lib/utils'

type NavItem = {
  to:
    | '/today'
    | '/trends'
    | '/appointments'
    | '/agenda'
    | '/availability'
    | '/patients'
    | '/admin'
    | '/admin/clinicians'
    | '/admin/appointments'
    | '/profile'
    | '/settings'
    | '/admin/outbox'
    | '/admin/foods'
    | '/billing'
    | '/admin/payments'
    | '/admin/plans'
    | '/admin/members'
    | '/pricing'
    | '/admin/gamification'
    | '/progress'
    | '/login'
    | '/register'
  label: string
}

const roleItems: Record<
  Role,
  {
    to: NavItem['to']
    key:
      | 'today'
      | 'adminHome'
      | 'trends'
      | 'appointments'
      | 'progress'
      | 'agenda'
      | 'availability'
      | 'patients'
      | 'clinicians'
      | 'allAppointments'
      | 'foodImports'
      | 'gamification'
      | 'outbox'
      | 'billing'
      | 'payments'
      | 'plans'
      | 'members'
  }[]
> = {
  MEMBER: [
    { to: '/today', key: 'today' },
    { to: '/trends', key: 'trends' },
    { to: '/appointments', key: 'appointments' },
    { to: '/billing', key: 'billing' },
    { to: '/progress', key: 'progress' },
  ],
  CLINICIAN: [
    { to: '/agenda', key: 'agenda' },
    { to: '/availability', key: 'availability' },
    { to: '/patients', key: 'patients' },
  ],
  ADMIN: [
    { to: '/admin', key: 'adminHome' },
    { to: '/admin/clinicians', key: 'clinicians' },
    { to: '/admin/appointments', key: 'allAppointments' },
    { to: '/admin/foods', key: 'foodImports' },
    { to: '/admin/plans', key: 'plans' },
    { to: '/admin/members', key: 'members' },
    { to: '/admin/payments', key: 'payments' },
    { to: '/admin/gamification', key: 'gamification' },
    { to: '/admin/outbox', key: 'outbox' },
  ],
}

// A person's own work first: admins and clinicians who are members too see their tools before the member's.
const roleOrder: Role[] = ['ADMIN', 'CLINICIAN', 'MEMBER']

const linkClass =
  'whitespace-nowrap rounded-lg px-3 py-2 text-sm font-medium text-muted transition-colors hover:bg-brand-50 hover:text-ink data-[status=active]:bg-brand-50 data-[status=active]:text-brand-800'

export function AppHeader() {
  const { t } = useTranslation()
  const session = useAuthSession()
  const authenticated = session.status === 'authenticated'
  const me = useMe({ enabled: authenticated })
  const updateMe = useUpdateMe()

  const items: NavItem[] = authenticated
    ? [
        ...roleOrder
          .filter((role) => me.data?.roles.includes(role))
          .flatMap((role) => roleItems[role].map((item) => ({ to: item.to, label: t(`nav.${item.key}`) }))),
        // the energy profile is a member's; everyone has settings
        ...(me.data?.roles.includes('MEMBER') ? [{ to: '/profile' as const, label: t('nav.profile') }] : []),
        { to: '/settings', label: t('nav.settings') },
      ]
    : session.status === 'anonymous'
      ? [
          { to: '/login', label: t('nav.login') },
          { to: '/register', label: t('nav.register') },
        ]
      : []

  // A menu that does not fit beside the logo (an admin's, with their own pages too, in a narrow
  // window) moves to the row below the header, wrapped, so no link is out of sight. The inline
  // one stays in the layout, invisible, to tell when it fits again.
  const inline = useRef<HTMLElement>(null)
  const crowded = useOverflowing(inline, items.map((item) => item.label).join('|'))
  const nav = (className: string, ref?: RefObject<HTMLElement | null>) => (
    <nav ref={ref} aria-label={t('nav.main')} className={className}>
      {items.map((item) => (
        <Link
          key={item.to}
          to={item.to}
          activeOptions={{ exact: item.to === '/admin' }}
          className={linkClass}
          data-testid={`nav-${item.to.replaceAll('/', '-').slice(1)}`}
        >
          {item.label}
        </Link>
      ))}
    </nav>
  )

  return (
    <header className="sticky top-0 z-20 border-b border-line bg-surface/90 backdrop-blur supports-[backdrop-filter]:bg-surface/75">
      <div className="mx-auto flex h-16 max-w-7xl items-center gap-4 px-4 sm:px-6">
        <Link to="/" aria-label={t('nav.home')} className="rounded-lg">
          <Logo />
        </Link>
        {nav(cn('hidden min-w-0 flex-1 items-center gap-1 overflow-x-auto md:flex', crowded && 'invisible'), inline)}
        <div className="ml-auto flex shrink-0 items-center gap-2 md:ml-0">
          {authenticated && me.data && (
            <span className="hidden max-w-48 truncate text-sm text-muted 2xl:inline" title={me.data.email}>
              {me.data.displayName}
            </span>
          )}
          {authenticated && <NotificationBell />}
          <LanguageSwitcher onChange={(locale) => authenticated && updateMe.mutate({ locale })} />
          {authenticated && <LogoutButton className={cn('px-2 sm:px-3')} />}
        </div>
      </div>
      {items.length > 0 &&
        nav(
          cn(
            'flex gap-1 overflow-x-auto border-t border-line px-2 py-1.5',
            crowded ? 'md:flex-wrap md:overflow-visible md:px-[max(1.5rem,calc((100%-80rem)/2+1.5rem))]' : 'md:hidden',
          ),
        )}
    </header>
  )
}

/** True while the element's content is wider than the element: measured on resize and whenever `content` changes. */
function useOverflowing(element: RefObject<HTMLElement | null>, content: string) {
  const [overflowing, setOverflowing] = useState(false)
  useLayoutEffect(() => {
    const target = element.current
    if (!target) return
    const measure = () => setOverflowing(target.clientWidth > 0 && target.scrollWidth > target.clientWidth + 1)
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(target)
    return () => observer.disconnect()
  }, [element, content])
  return overflowing
}
