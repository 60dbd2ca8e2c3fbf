import { createLazyRoute } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { OutboxTable } from '@/features/outbox/components/outbox-table'
import { RequireRole } from '../../components/require-role'

export const Route = createLazyRoute('/_signedIn/admin/outbox')({ component: OutboxPage })

function OutboxPage() {
  const { t } = useTranslation()
  const { page, size } = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <RequireRole roles={['ADMIN']}>
      {() => (
        <>
          <PageHeader title={t('outbox.title')} description={t('outbox.description')} />
          <OutboxTable
            page={page - 1}
            size={size}
            onQueryChange={(query) => void navigate({ search: { page: query.page + 1, size: query.size } })}
          />
        </>
      )}
    </RequireRole>
  )
}
