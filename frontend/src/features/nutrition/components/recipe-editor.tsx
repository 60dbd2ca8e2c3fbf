import { QueryState } from '@/components/ui/query-state'
import { type Recipe, useRecipe } from '../api/recipes'
import { RecipeForm } from './recipe-form'

/** The recipe form, loaded with an existing recipe when an id is given. */
export function RecipeEditor({ id, onSaved }: { id: string | undefined; onSaved: (recipe: Recipe) => void }) {
  if (!id) return <RecipeForm onSaved={onSaved} />
  return <ExistingRecipe id={id} onSaved={onSaved} />
}

function ExistingRecipe({ id, onSaved }: { id: string; onSaved: (recipe: Recipe) => void }) {
  const recipe = useRecipe(id)
  if (recipe.isPending || recipe.isError) return <QueryState query={recipe} />
  return <RecipeForm key={recipe.data.id} recipe={recipe.data} onSaved={onSaved} />
}
