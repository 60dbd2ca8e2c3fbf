import { useMutation, useQuery } from '@tanstack/react-query'
import { api, ApiError } from '@/lib/api-client'
import { queryKeys as sharedKeys } from '@/lib/query-keys'

export type Meal = 'BREAKFAST' | 'LUNCH' | 'DINNER' | 'SNACK'

export type PhotoStatus = 'PENDING_UPLOAD' | 'ANALYSING' | 'READY' | 'NO_FOOD' | 'FAILED'

export type Macros = { kcal: number | null; proteinG: number | null; fatG: number | null; carbsG: number | null }

export type Candidate = {
  label: string
  confidence: number
  foodId: string
  name: string
  grams: number
  portion: string | null
  count: number | null
  nutrients: Macros
  portions: { label: string; grams: number }[]
}

export type MealPhoto = {
  id: string
  status: PhotoStatus
  candidates: Candidate[]
  error: string | null
  /** `none` when no recogniser is configured: the member picks the foods. */
  recognizer: string
  date: string | null
  meal: Meal | null
}

type Issued = { photoId: string; uploadUrl: string; method: string; headers: Record<string, string>; expiresAt: string }

export const photoKeys = {
  photo: (id: string) => ['meal-photos', id] as const,
  image: (id: string) => ['meal-photos', id, 'image'] as const,
}

/** The photo's types the server takes; anything else is refused before uploading. */
export const photoTypes = ['image/jpeg', 'image/png', 'image/webp']

export const maxPhotoBytes = 10 * 1024 * 1024

/** PUTs the file to the URL the server issued, reporting progress (fetch cannot). */
function put(issued: Issued, file: File, onProgress: (share: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open(issued.method, issued.uploadUrl)
    for (const [name, value] of Object.entries(issued.headers)) request.setRequestHeader(name, value)
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total)
    }
    request.onload = () =>
      request.status >= 200 && request.status < 300 ? resolve() : reject(new ApiError(request.status, { code: 'UPLOAD_FAILED' }))
    request.onerror = () => reject(new ApiError(0, { code: 'NETWORK_ERROR' }))
    request.send(file)
  })
}

/** Asks for an upload URL, uploads the file, and says it arrived; resolves to the photo's id. */
export async function uploadPhoto(input: { file: File; date: string; meal: Meal; onProgress: (share: number) => void }) {
  const issued = await api.post<Issued>('/meal-photos', {
    contentType: input.file.type,
    sizeBytes: input.file.size,
    date: input.date,
    meal: input.meal,
  })
  await put(issued, input.file, input.onProgress)
  await api.post<MealPhoto>(`/meal-photos/${issued.photoId}/uploaded`)
  return issued.photoId
}

export function useUploadPhoto() {
  return useMutation({ mutationFn: uploadPhoto })
}

const waiting: PhotoStatus[] = ['PENDING_UPLOAD', 'ANALYSING']

/** The photo's analysis, asked again every second while it runs. */
export function useMealPhoto(id: string | null) {
  return useQuery({
    queryKey: photoKeys.photo(id ?? ''),
    queryFn: () => api.get<MealPhoto>(`/meal-photos/${id}`),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data && !waiting.includes(query.state.data.status) ? false : 1000),
  })
}

/**
 * The analysed photo as the server keeps it (re-encoded, without metadata), as a data URL: an <img>
 * cannot send the bearer token itself, and a data URL needs no releasing. The server answers 409 until
 * the analysis is done, so ask only then.
 */
export function useMealPhotoImage(id: string) {
  return useQuery({
    queryKey: photoKeys.image(id),
    queryFn: async () => dataUrl((await api.download(`/meal-photos/${id}/image`)).blob),
    staleTime: Infinity,
  })
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as string)
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(blob)
  })
}

export type ConfirmItem = { foodId: string; label?: string } & ({ grams: number } | { portion: string; count: number })

export function useConfirmPhoto(onConfirmed: () => void) {
  return useMutation({
    mutationFn: (input: { id: string; date: string; meal: Meal; items: ConfirmItem[] }) =>
      api.post<{ entryIds: string[] }>(`/meal-photos/${input.id}/confirm`, {
        date: input.date,
        meal: input.meal,
        items: input.items,
      }),
    onSuccess: onConfirmed,
  })
}

/** What GET /api/me/entitlements answers: the plan's features while the subscription gives access. */
export type Entitlements = { status: string; features: string[]; plansLink: string }

/** The feature a photo's analysis needs (recognition's MealPhotos.FEATURE). */
export const photoFeature = 'PHOTO_ANALYSIS'

export const useEntitlements = () =>
  useQuery({ queryKey: sharedKeys.entitlements, queryFn: () => api.get<Entitlements>('/me/entitlements') })
