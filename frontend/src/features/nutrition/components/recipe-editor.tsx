import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Spinner } from '@/components/ui/spinner'
import { errorMessage } from '@/lib/form-errors'
import { useRecipe, type Recipe } from '../api/recipes'
import { RecipeForm } from './recipe-form'

/** The recipe form, loaded with an existing recipe when an id is given. */
export function RecipeEditor({ id, onSaved }: { id: string | undefined; onSaved: (recipe: Recipe) => void }) {
  if (!id) return <RecipeForm onSaved={onSaved} />
  return <ExistingRecipe id={id} onSaved={onSaved} />
}

function ExistingRecipe({ id, onSaved }: { id: string; onSaved: (recipe: Recipe) => void }) {
  const { t } = useTranslation()
  const recipe = useRecipe(id)
  if (recipe.isPending)
    return (
      <p className="flex items-center gap-2 text-sm text-muted">
        <Spinner /> {t('common.loading')}
      </p>
    )
  if (recipe.isError) return <Alert tone="danger">{errorMessage(recipe.error, t)}</Alert>
  return <RecipeForm key={recipe.data.id} recipe={recipe.data} onSaved={onSaved} />
}
