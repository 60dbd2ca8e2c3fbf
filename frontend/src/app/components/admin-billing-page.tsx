import type { ReactNode } from 'react'
import { PageHeader } from '@/components/layout/page-header'
import { AdminBillingTabs } from '@/features/billing/components/admin-billing-tabs'
import { RequireRole } from './require-role'

/** The frame of the admin's three billing tables: admins only, the page's title, and the tabs between them. */
export function AdminBillingPage({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  return (
    <RequireRole roles={['ADMIN']}>
      {() => (
        <>
          <PageHeader title={title} description={description} />
          <AdminBillingTabs />
          {children}
        </>
      )}
    </RequireRole>
  )
}
