import { createLazyRoute } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { Alert } from '@/components/ui/alert'
import { Card, CardContent } from '@/components/ui/card'
import { RecipeEditor } from '@/features/nutrition/components/recipe-editor'

export const Route = createLazyRoute('/_signedIn/foods/recipe')({ component: RecipePage })

function RecipePage() {
  const { t } = useTranslation()
  const { id, saved } = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <>
      <PageHeader
        title={id ? t('nutrition.recipes.editTitle') : t('nutrition.recipeTitle')}
        description={t('nutrition.recipeDescription')}
      />
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
