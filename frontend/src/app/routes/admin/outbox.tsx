import { createLazyRoute } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { Alert } from '@/components/ui/alert'
import { useMe } from '@/features/account/api/get-me'
import { OutboxTable } from '@/features/outbox/components/outbox-table'
import { Loading } from '../../components/loading'

export const Route = createLazyRoute('/_signedIn/admin/outbox')({ component: OutboxPage })

function OutboxPage() {
  const { t } = useTranslation()
  const me = useMe()
  const { page, size } = Route.useSearch()
  const navigate = Route.useNavigate()

  if (me.isPending) return <Loading />
  if (!me.data?.roles.includes('ADMIN')) {
    return (
      <>
        <PageHeader title={t('forbidden.title')} />
        <Alert tone="warning">{t('forbidden.text')}</Alert>
      </>
    )
  }
  return (
    <>
      <PageHeader title={t('outbox.title')} description={t('outbox.description')} />
      <OutboxTable
        page={page - 1}
        size={size}
        onQueryChange={(query) => void navigate({ search: { page: query.page + 1, size: query.size } })}
      />
    </>
  )
}
