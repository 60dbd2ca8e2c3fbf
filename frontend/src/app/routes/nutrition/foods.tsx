import { createLazyRoute, Link } from '@tanstack/react-router'
import { ChefHat } from 'lucide-react'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { buttonVariants } from '@/components/ui/button'
import { CustomFoodsWorkspace } from '@/features/nutrition/components/custom-foods-workspace'
import { RecipeList } from '@/features/nutrition/components/recipe-list'

export const Route = createLazyRoute('/_signedIn/foods')({ component: FoodsPage })

function FoodsPage() {
  const { t } = useTranslation()
  const { edit } = Route.useSearch()
  const navigate = Route.useNavigate()
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
