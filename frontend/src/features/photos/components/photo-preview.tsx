import { useTranslation } from 'react-i18next'
import { useMealPhotoImage } from '../api/meal-photos'

/** Shown once analysed: the photo next to what was recognised in it, so the member can compare. Nothing while it loads or if it is gone. */
export function PhotoPreview({ photoId }: { photoId: string }) {
  const { t } = useTranslation()
  const image = useMealPhotoImage(photoId)
  if (!image.data) return null
  return (
    <img
      src={image.data}
      alt={t('photos.preview')}
      className="max-h-56 w-auto max-w-full justify-self-start rounded-xl border border-line object-contain"
      data-testid="photo-preview"
    />
  )
}
