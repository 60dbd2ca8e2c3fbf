import { Camera } from 'lucide-react'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { Input, NativeSelect } from '@/components/ui/input'
import { Spinner } from '@/components/ui/spinner'
import { errorMessage } from '@/lib/form-errors'
import {
  type Candidate,
  type ConfirmItem,
  maxPhotoBytes,
  type Meal,
  photoTypes,
  useConfirmPhoto,
  useMealPhoto,
  useUploadPhoto,
} from '../api/meal-photos'

const meals: Meal[] = ['BREAKFAST', 'LUNCH', 'DINNER', 'SNACK']

/** What the member keeps of a candidate: whether, and how much (a count of a portion, or grams). */
type Choice = { keep: boolean; portion: string | null; count: number; grams: number }

function initialChoice(candidate: Candidate): Choice {
  return { keep: true, portion: candidate.portion, count: candidate.count ?? 1, grams: candidate.grams }
}

function item(candidate: Candidate, choice: Choice): ConfirmItem {
  return choice.portion
    ? { foodId: candidate.foodId, label: candidate.label, portion: choice.portion, count: choice.count }
    : { foodId: candidate.foodId, label: candidate.label, grams: choice.grams }
}

function kcalOf(candidate: Candidate, choice: Choice): number | null {
  if (candidate.nutrients.kcal === null || candidate.grams <= 0) return null
  const grams = choice.portion
    ? (candidate.portions.find((portion) => portion.label === choice.portion)?.grams ?? candidate.grams) * choice.count
    : choice.grams
  return Math.round((candidate.nutrients.kcal / candidate.grams) * grams)
}

type PhotoMealCardProps = {
  date: string
  defaultMeal: Meal
  /** A photo uploaded before (opened from its notification). */
  photoId?: string | null
  onConfirmed: () => void
}

/** "Add from a photo": upload with progress, the analysis, the candidates to check, confirm. */
export function PhotoMealCard({ date, defaultMeal, photoId: opened = null, onConfirmed }: PhotoMealCardProps) {
  const { t } = useTranslation()
  const inputId = useId()
  const [meal, setMeal] = useState<Meal>(defaultMeal)
  const [progress, setProgress] = useState(0)
  const [photoId, setPhotoId] = useState<string | null>(opened)
  const [choices, setChoices] = useState<Record<string, Choice>>({})
  const [localError, setLocalError] = useState<string | null>(null)
  const [done, setDone] = useState<number | null>(null)
  const upload = useUploadPhoto()
  const photo = useMealPhoto(photoId)
  const confirm = useConfirmPhoto(onConfirmed)

  function start(file: File | undefined) {
    setLocalError(null)
    setDone(null)
    setChoices({})
    setPhotoId(null)
    confirm.reset()
    if (!file) return
    if (!photoTypes.includes(file.type)) return setLocalError(t('photos.wrongType'))
    if (file.size > maxPhotoBytes) return setLocalError(t('photos.tooLarge'))
    setProgress(0)
    upload.mutate({ file, date, meal, onProgress: setProgress }, { onSuccess: setPhotoId })
  }

  const data = photo.data
  const candidates = data?.status === 'READY' ? data.candidates : []
  const choiceOf = (candidate: Candidate) => choices[candidate.foodId] ?? initialChoice(candidate)
  const change = (candidate: Candidate, next: Partial<Choice>) =>
    setChoices((all) => ({ ...all, [candidate.foodId]: { ...choiceOf(candidate), ...next } }))
  const kept = candidates.filter((candidate) => choiceOf(candidate).keep)

  return (
    <Card aria-labelledby="photo-title" data-testid="photo-card">
      <CardHeader>
        <CardTitle id="photo-title">{t('photos.title')}</CardTitle>
        <CardDescription>{t('photos.description')}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <div className="grid gap-3 sm:grid-cols-2">
          <NativeSelect aria-label={t('photos.meal')} value={meal} onChange={(event) => setMeal(event.target.value as Meal)}>
            {meals.map((value) => (
              <option key={value} value={value}>
                {t(`nutrition.meals.${value}`)}
              </option>
            ))}
          </NativeSelect>
          <label
            htmlFor={inputId}
            className="inline-flex h-11 cursor-pointer items-center justify-center gap-2 rounded-xl bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800 focus-within:ring-3 focus-within:ring-brand-200"
          >
            <Camera aria-hidden="true" className="size-4" />
            {t('photos.choose')}
            <input
              id={inputId}
              type="file"
              accept={photoTypes.join(',')}
              capture="environment"
              className="sr-only"
              data-testid="photo-input"
              disabled={upload.isPending}
              onChange={(event) => {
                start(event.target.files?.[0])
                event.target.value = ''
              }}
            />
          </label>
        </div>
        {localError && <Alert tone="danger">{localError}</Alert>}
        {upload.isPending && (
          <div className="grid gap-1" data-testid="photo-progress">
            <span className="text-sm text-muted">{t('photos.uploading', { percent: Math.round(progress * 100) })}</span>
            <progress className="h-2 w-full accent-brand-700" max={1} value={progress} aria-label={t('photos.uploadProgress')} />
          </div>
        )}
        {upload.isError && <Alert tone="danger">{errorMessage(upload.error, t)}</Alert>}
        {photoId && (!data || data.status === 'PENDING_UPLOAD' || data.status === 'ANALYSING') && (
          <p className="flex items-center gap-2 text-sm text-muted" role="status" data-testid="photo-analysing">
            <Spinner /> {t('photos.analysing')}
          </p>
        )}
        {data?.status === 'FAILED' && (
          <Alert tone="danger">{data.error === 'INVALID_IMAGE' ? t('photos.invalidImage') : t('photos.failed')}</Alert>
        )}
        {data?.status === 'NO_FOOD' && <Alert tone="info">{t('photos.noFood')}</Alert>}
        {data?.status === 'READY' && data.recognizer === 'none' && (
          <Alert tone="info" data-testid="photo-no-recognizer">
            {t('photos.noRecognizer')}
          </Alert>
        )}
        {done !== null && <Alert tone="success">{t('photos.added', { count: done })}</Alert>}
        {candidates.length > 0 && done === null && (
          <form
            className="grid gap-3"
            data-testid="photo-candidates"
            onSubmit={(event) => {
              event.preventDefault()
              confirm.mutate(
                { id: data!.id, date, meal, items: kept.map((candidate) => item(candidate, choiceOf(candidate))) },
                { onSuccess: (result) => setDone(result.entryIds.length) },
              )
            }}
          >
            <p className="text-sm text-muted">{t('photos.check')}</p>
            <ul className="grid gap-3">
              {candidates.map((candidate) => {
                const choice = choiceOf(candidate)
                const kcal = kcalOf(candidate, choice)
                return (
                  <li key={candidate.foodId} className="grid gap-2 rounded-xl border border-line p-3" data-testid="photo-candidate">
                    <label className="flex items-start gap-3 text-sm">
                      <input
                        type="checkbox"
                        className="mt-0.5 size-4 accent-brand-700"
                        checked={choice.keep}
                        onChange={(event) => change(candidate, { keep: event.target.checked })}
                      />
                      <span className="grid font-medium text-ink">
                        {candidate.name}
                        <span className="text-xs font-normal text-muted">
                          {t('photos.seenAs', { label: candidate.label, confidence: Math.round(candidate.confidence) })}
                          {kcal !== null && ` · ${t('photos.kcal', { kcal })}`}
                        </span>
                      </span>
                    </label>
                    {choice.keep && (
                      <div className="grid grid-cols-[6rem_minmax(0,1fr)] gap-2">
                        {choice.portion ? (
                          <>
                            <Input
                              type="number"
                              min={0.25}
                              step={0.25}
                              aria-label={t('photos.count', { food: candidate.name })}
                              value={choice.count}
                              onChange={(event) => change(candidate, { count: Number(event.target.value) })}
                            />
                            <NativeSelect
                              aria-label={t('photos.portion', { food: candidate.name })}
                              value={choice.portion}
                              onChange={(event) => change(candidate, { portion: event.target.value })}
                            >
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
                              value={choice.grams}
                              onChange={(event) => change(candidate, { grams: Number(event.target.value) })}
                            />
                            <span className="self-center text-sm text-muted">g</span>
                          </>
                        )}
                      </div>
                    )}
                  </li>
                )
              })}
            </ul>
            {confirm.isError && <Alert tone="danger">{errorMessage(confirm.error, t)}</Alert>}
            <Button type="submit" pending={confirm.isPending} disabled={kept.length === 0} data-testid="photo-confirm">
              {t('photos.confirm', { count: kept.length })}
            </Button>
          </form>
        )}
      </CardContent>
    </Card>
  )
}
