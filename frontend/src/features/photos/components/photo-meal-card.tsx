import { Camera } from 'lucide-react'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { NativeSelect } from '@/components/ui/input'
import { Spinner } from '@/components/ui/spinner'
import { errorMessage } from '@/lib/form-errors'
import { cn } from '@/lib/utils'
import { maxPhotoBytes, type Meal, photoFeature, photoTypes, useEntitlements, useMealPhoto, useUploadPhoto } from '../api/meal-photos'
import { CandidatesForm } from './candidates-form'
import { PhotoPreview } from './photo-preview'

const meals: Meal[] = ['BREAKFAST', 'LUNCH', 'DINNER', 'SNACK']

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
  const [localError, setLocalError] = useState<string | null>(null)
  const [done, setDone] = useState<number | null>(null)
  const upload = useUploadPhoto()
  const photo = useMealPhoto(photoId)
  const entitlements = useEntitlements()
  // said before the camera opens, not after the photo is taken; the server still decides (403 PLAN_REQUIRED)
  const planRequired = entitlements.data != null && !entitlements.data.features.includes(photoFeature) && opened == null

  function start(file: File | undefined) {
    setLocalError(null)
    setDone(null)
    setPhotoId(null)
    if (!file) return
    if (!photoTypes.includes(file.type)) return setLocalError(t('photos.wrongType'))
    if (file.size > maxPhotoBytes) return setLocalError(t('photos.tooLarge'))
    setProgress(0)
    upload.mutate({ file, date, meal, onProgress: setProgress }, { onSuccess: setPhotoId })
  }

  const data = photo.data
  const candidates = data?.status === 'READY' ? data.candidates : []

  return (
    <Card aria-labelledby="photo-title" data-testid="photo-card">
      <CardHeader>
        <CardTitle id="photo-title">{t('photos.title')}</CardTitle>
        <CardDescription>{t('photos.description')}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {planRequired && (
          <Alert tone="info" data-testid="photo-plan-required">
            {t('photos.planRequired')}{' '}
            <a className="font-semibold underline" href="/pricing">
              {t('photos.seePlans')}
            </a>
          </Alert>
        )}
        <div className={cn('grid gap-3 sm:grid-cols-2', planRequired && 'hidden')}>
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
        {data && (data.status === 'READY' || data.status === 'NO_FOOD') && <PhotoPreview photoId={data.id} />}
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
        {data && candidates.length > 0 && done === null && (
          <CandidatesForm
            key={data.id}
            photoId={data.id}
            candidates={candidates}
            date={date}
            meal={meal}
            onConfirmed={onConfirmed}
            onDone={setDone}
          />
        )}
      </CardContent>
    </Card>
  )
}
