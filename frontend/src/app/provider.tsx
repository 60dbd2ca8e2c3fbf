import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { useEffect } from 'react'
import { useMe } from '@/features/account/api/get-me'
import i18n, { changeLanguage, hasStoredLanguage, isLanguage } from '@/i18n'
import { useAuthSession } from '@/lib/auth-session'
import { queryClient } from '@/lib/query-client'
import { router } from './router'

/** Until the user picks a language in this browser, the account's language wins. */
function AccountLanguage() {
  const session = useAuthSession()
  const me = useMe({ enabled: session.status === 'authenticated' })
  const locale = me.data?.locale
  useEffect(() => {
    if (!hasStoredLanguage() && isLanguage(locale)) void changeLanguage(locale)
  }, [locale])
  return null
}

// Server messages follow Accept-Language (and food names too for guests): refetch in the new
// language. Signed-in food names follow the account, refetched when it is updated.
i18n.on('languageChanged', () => void queryClient.invalidateQueries())

export function AppProvider() {
  return (
    <QueryClientProvider client={queryClient}>
      <AccountLanguage />
      <RouterProvider router={router} />
    </QueryClientProvider>
  )
}
