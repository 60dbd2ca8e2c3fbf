import { useQueryClient } from '@tanstack/react-query'
import { createLazyRoute, Link } from '@tanstack/react-router'
import { ChefHat, Salad } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { buttonVariants } from '@/components/ui/button'
import { queryKeys as nutritionKeys } from '@/features/nutrition/api/query-keys'
import { TodayWorkspace } from '@/features/nutrition/components/today-workspace'
import { PhotoMealCard } from '@/features/photos/components/photo-meal-card'
import { todayIso } from '@/lib/format'

export const Route = createLazyRoute('/_signedIn/today')({ component: TodayPage })

/** The meal that fits the time of day. */
function mealForNow(now = new Date()) {
  const hour = now.getHours()
  if (hour < 11) return 'BREAKFAST' as const
  if (hour < 16) return 'LUNCH' as const
  if (hour < 19) return 'SNACK' as const
  return 'DINNER' as const
}

function TodayPage() {
  const { t } = useTranslation()
  const { date, photo } = Route.useSearch()
  const navigate = Route.useNavigate()
  const queryClient = useQueryClient()
  const today = todayIso()
  const day = date ?? today
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        {/* another day's diary is not "Today": the date switcher below says which day it is */}
        <PageHeader
          title={t(day === today ? 'nutrition.todayTitle' : 'nutrition.diaryTitle')}
          description={t('nutrition.todayDescription')}
        />
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
      <div className="mb-6">
        <PhotoMealCard
          key={day}
          date={day}
          photoId={photo ?? null}
          defaultMeal={mealForNow()}
          onConfirmed={() => void queryClient.invalidateQueries({ queryKey: nutritionKeys.diaryAll })}
        />
      </div>
      <TodayWorkspace date={day} onDateChange={(next) => void navigate({ search: { date: next === today ? undefined : next } })} />
    </>
  )
}
