import { zodResolver } from '@hookform/resolvers/zod'
import { useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { Input, NativeSelect } from '@/components/ui/input'
import { applyServerErrors } from '@/lib/form-errors'
import { useForm } from '@/lib/use-form'
import { type Candidate, type Meal, useConfirmPhoto } from '../api/meal-photos'
import { candidateField, candidatesSchema, confirmItems, draftFromCandidates, kcalOf } from '../utils/candidates-draft'

type CandidatesFormProps = {
  photoId: string
  candidates: Candidate[]
  date: string
  meal: Meal
  onConfirmed: () => void
  onDone: (count: number) => void
}

/** The foods seen in a photo: keep or drop each, adjust its amount, add the kept ones at once. */
export function CandidatesForm({ photoId, candidates, date, meal, onConfirmed, onDone }: CandidatesFormProps) {
  const { t } = useTranslation()
  const confirm = useConfirmPhoto(onConfirmed)
  const form = useForm({ resolver: zodResolver(candidatesSchema(t)), defaultValues: draftFromCandidates(candidates) })
  const { errors } = form.formState
  const drafts = useWatch({ control: form.control, name: 'items' })
  const keptCount = drafts.filter((draft) => draft.keep).length

  const submit = form.handleSubmit((draft) => {
    const { items, indexes } = confirmItems(candidates, draft)
    confirm.mutate(
      { id: photoId, date, meal, items },
      {
        onSuccess: (result) => onDone(result.entryIds.length),
        onError: (error) => applyServerErrors(error, form, t, (field) => candidateField(field, indexes)),
      },
    )
  })

  return (
    <form className="grid gap-3" data-testid="photo-candidates" noValidate onSubmit={submit}>
      <p className="text-sm text-muted">{t('photos.check')}</p>
      <ul className="grid gap-3">
        {candidates.map((candidate, index) => {
          const draft = drafts[index]
          const kcal = draft ? kcalOf(candidate, draft) : null
          const amountError = errors.items?.[index]?.count?.message ?? errors.items?.[index]?.grams?.message
          const errorId = `candidate-${candidate.foodId}-error`
          return (
            <li key={candidate.foodId} className="grid gap-2 rounded-xl border border-line p-3" data-testid="photo-candidate">
              <label className="flex items-start gap-3 text-sm">
                <input type="checkbox" className="mt-0.5 size-4 accent-brand-700" {...form.register(`items.${index}.keep`)} />
                <span className="grid font-medium text-ink">
                  {candidate.name}
                  <span className="text-xs font-normal text-muted">
                    {t('photos.seenAs', { label: candidate.label, confidence: Math.round(candidate.confidence) })}
                    {kcal !== null && ` · ${t('photos.kcal', { kcal })}`}
                  </span>
                </span>
              </label>
              {draft?.keep && (
                <div className="grid grid-cols-[6rem_minmax(0,1fr)] gap-2">
                  {draft.portion ? (
                    <>
                      <Input
                        type="number"
                        min={0.25}
                        step={0.25}
                        aria-label={t('photos.count', { food: candidate.name })}
                        aria-invalid={amountError ? true : undefined}
                        aria-describedby={amountError ? errorId : undefined}
                        {...form.register(`items.${index}.count`)}
                      />
                      <NativeSelect aria-label={t('photos.portion', { food: candidate.name })} {...form.register(`items.${index}.portion`)}>
                        {candidate.portions.map((portion) => (
                          <option key={portion.label} value={portion.label}>
                            {portion.label} ({portion.grams} g)
                          </option>
                        ))}
                      </NativeSelect>
                    </>
                  ) : (
                    <>
                      <Input
                        type="number"
                        min={1}
                        step={1}
                        aria-label={t('photos.grams', { food: candidate.name })}
                        aria-invalid={amountError ? true : undefined}
                        aria-describedby={amountError ? errorId : undefined}
                        {...form.register(`items.${index}.grams`)}
                      />
                      <span className="self-center text-sm text-muted">g</span>
                    </>
                  )}
                  {amountError && (
                    <p id={errorId} className="col-span-2 text-sm text-danger-700">
                      {amountError}
                    </p>
                  )}
                </div>
              )}
            </li>
          )
        })}
      </ul>
      {errors.root?.server?.message && <FormAlert message={errors.root.server.message} />}
      <Button type="submit" pending={confirm.isPending} disabled={keptCount === 0} data-testid="photo-confirm">
        {t('photos.confirm', { count: keptCount })}
      </Button>
    </form>
  )
}
