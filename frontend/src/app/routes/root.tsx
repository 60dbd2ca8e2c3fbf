import type { QueryClient } from '@tanstack/react-query'
import { createRootRouteWithContext, Link, Outlet } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { buttonVariants } from '@/components/ui/button'
import { useDocumentTitle } from '@/hooks/use-document-title'
import { AppHeader } from '../components/app-header'

export type RouterContext = { queryClient: QueryClient }

function RootLayout() {
  const { t } = useTranslation()
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded-lg bg-surface px-4 py-2 text-sm font-medium focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        {t('nav.skip')}
      </a>
      <AppHeader />
      <Outlet />
      <footer className="mt-auto border-t border-line">
        <div className="mx-auto max-w-7xl px-4 py-6 text-xs text-muted sm:px-6">{t('footer.disclaimer')}</div>
      </footer>
    </div>
  )
}

function NotFound() {
  const { t } = useTranslation()
  useDocumentTitle(t('notFound.title'))
  return (
    <main id="main" className="mx-auto grid w-full max-w-md flex-1 content-center gap-4 px-4 py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="text-2xl font-semibold tracking-tight">{t('notFound.title')}</h1>
      <p className="text-muted">{t('notFound.text')}</p>
      <div>
        <Link to="/" className={buttonVariants({ variant: 'secondary' })}>
          {t('notFound.home')}
        </Link>
      </div>
    </main>
  )
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFound,
})
