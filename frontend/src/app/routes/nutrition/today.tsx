import { createLazyRoute, Link } from '@tanstack/react-router'
import { ChefHat, Salad } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { buttonVariants } from '@/components/ui/button'
import { TodayWorkspace } from '@/features/nutrition/components/today-workspace'
import { todayIso } from '@/lib/format'

export const Route = createLazyRoute('/_signedIn/today')({ component: TodayPage })

function TodayPage() {
  const { t } = useTranslation()
  const { date } = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageHeader title={t('nutrition.todayTitle')} description={t('nutrition.todayDescription')} />
        <div className="mb-6 flex gap-2 sm:mb-0">
          <Link to="/foods" className={buttonVariants({ variant: 'secondary', size: 'sm' })}>
            <Salad aria-hidden="true" />
            {t('nav.foods')}
          </Link>
          <Link to="/foods/recipe" className={buttonVariants({ variant: 'secondary', size: 'sm' })}>
            <ChefHat aria-hidden="true" />
            {t('nutrition.custom.newRecipe')}
          </Link>
        </div>
      </div>
      <TodayWorkspace
        date={date ?? todayIso()}
        onDateChange={(next) => void navigate({ search: { date: next === todayIso() ? undefined : next } })}
      />
    </>
  )
}
