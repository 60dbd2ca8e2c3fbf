import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'

const firstPage = { page: 1, size: 20 }
const tabs = [
  { to: '/admin/members', key: 'membersTitle', search: { ...firstPage, sort: 'name,asc' } },
  { to: '/admin/subscriptions', key: 'subscriptionsTitle', search: firstPage },
  { to: '/admin/payments', key: 'paymentsTitle', search: firstPage },
] as const

/** Moves between the three billing tables of the admin: members, subscriptions and payments. */
export function AdminBillingTabs() {
  const { t } = useTranslation()
  return (
    <nav aria-label={t('billing.admin.tables')} className="flex gap-1 overflow-x-auto border-b border-line">
      {tabs.map((tab) => (
        <Link
          key={tab.to}
          to={tab.to}
          search={tab.search}
          className="-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium whitespace-nowrap text-muted hover:text-ink data-[status=active]:border-brand-600 data-[status=active]:text-brand-800"
        >
          {t(`billing.admin.${tab.key}`)}
        </Link>
      ))}
    </nav>
  )
}
