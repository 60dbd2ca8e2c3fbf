import { createRoute, Link, useNavigate } from '@tanstack/react-router'
import { ChefHat, Salad } from 'lucide-react'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { Alert } from '@/components/ui/alert'
import { buttonVariants } from '@/components/ui/button'
import { Card, CardContent } from '@/components/ui/card'
import { CustomFoodsWorkspace } from '@/features/nutrition/components/custom-foods-workspace'
import { RecipeEditor } from '@/features/nutrition/components/recipe-editor'
import { RecipeList } from '@/features/nutrition/components/recipe-list'
import { TodayWorkspace } from '@/features/nutrition/components/today-workspace'
import { TrendsView } from '@/features/nutrition/components/trends-view'
import { trendRanges, type TrendRange } from '@/features/nutrition/utils/trends'
import { isIsoDate, todayIso } from '@/lib/format'
import { stringParam } from '../search'
import { memberRoute } from './member'

export const todayRoute = createRoute({
  getParentRoute: () => memberRoute,
  path: 'today',
  validateSearch: (search: Record<string, unknown>): { date?: string } => ({
    date: isIsoDate(search.date) ? search.date : undefined,
  }),
  component: TodayPage,
})

function TodayPage() {
  const { t } = useTranslation()
  const { date } = todayRoute.useSearch()
  const navigate = useNavigate({ from: todayRoute.fullPath })
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

export const trendsRoute = createRoute({
  getParentRoute: () => memberRoute,
  path: 'trends',
  validateSearch: (search: Record<string, unknown>): { range: TrendRange } => ({
    range: trendRanges.find((range) => range === search.range) ?? 'week',
  }),
  component: TrendsPage,
})

function TrendsPage() {
  const { t } = useTranslation()
  const { range } = trendsRoute.useSearch()
  const navigate = useNavigate({ from: trendsRoute.fullPath })
  return (
    <>
      <PageHeader title={t('nutrition.trendsTitle')} description={t('nutrition.trendsDescription')} />
      <TrendsView range={range} onRangeChange={(next) => void navigate({ search: { range: next } })} />
    </>
  )
}

export const foodsRoute = createRoute({
  getParentRoute: () => memberRoute,
  path: 'foods',
  validateSearch: (search: Record<string, unknown>): { edit?: string } => ({ edit: stringParam(search.edit) }),
  component: FoodsPage,
})

function FoodsPage() {
  const { t } = useTranslation()
  const { edit } = foodsRoute.useSearch()
  const navigate = useNavigate({ from: foodsRoute.fullPath })
  const onEditingChange = useCallback((next: string | undefined) => void navigate({ search: { edit: next } }), [navigate])
  const editRecipe = useCallback((recipe: { id: string }) => void navigate({ to: '/foods/recipe', search: { id: recipe.id } }), [navigate])
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageHeader title={t('nutrition.foodsTitle')} description={t('nutrition.foodsDescription')} />
        <Link to="/foods/recipe" className={buttonVariants({ variant: 'secondary', size: 'sm', className: 'mb-6 sm:mb-0' })}>
          <ChefHat aria-hidden="true" />
          {t('nutrition.custom.newRecipe')}
        </Link>
      </div>
      <CustomFoodsWorkspace editing={edit} onEditingChange={onEditingChange} />
      <section aria-labelledby="recipes-title" className="mt-10 grid grid-cols-1 gap-3">
        <h2 id="recipes-title" className="text-lg font-semibold tracking-tight text-ink">
          {t('nutrition.recipes.title')}
        </h2>
        <RecipeList onEdit={editRecipe} />
      </section>
    </>
  )
}

export const recipeRoute = createRoute({
  getParentRoute: () => memberRoute,
  path: 'foods/recipe',
  validateSearch: (search: Record<string, unknown>): { id?: string; saved?: string } => ({
    id: stringParam(search.id),
    saved: stringParam(search.saved),
  }),
  component: RecipePage,
})

function RecipePage() {
  const { t } = useTranslation()
  const { id, saved } = recipeRoute.useSearch()
  const navigate = useNavigate({ from: recipeRoute.fullPath })
  return (
    <>
      <PageHeader title={id ? t('nutrition.recipes.editTitle') : t('nutrition.recipeTitle')} description={t('nutrition.recipeDescription')} />
      <div className="grid max-w-3xl gap-4">
        {saved && <Alert tone="success">{t('nutrition.recipe.saved', { name: saved })}</Alert>}
        <Card>
          <CardContent>
            <RecipeEditor id={id} onSaved={(recipe) => void navigate({ search: { id: recipe.id, saved: recipe.name } })} />
          </CardContent>
        </Card>
      </div>
    </>
  )
}
