import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { Alert } from '@/components/ui/alert'
import { Loading } from '@/components/ui/query-state'
import { type Role, useMe } from '@/features/account/api/get-me'

/** Shows the page only to accounts with one of the roles; the server enforces the same rule. */
export function RequireRole({
  roles,
  message,
  children,
}: {
  roles: Role[]
  message?: string
  children: (me: { id: string }) => ReactNode
}) {
  const { t } = useTranslation()
  const me = useMe()
  if (me.isPending) return <Loading spacious />
  if (!me.data || !me.data.roles.some((role) => roles.includes(role))) {
    return (
      <>
        <PageHeader title={t('forbidden.title')} />
        <Alert tone="warning">{message ?? t('forbidden.text')}</Alert>
      </>
    )
  }
  return <>{children(me.data)}</>
}
