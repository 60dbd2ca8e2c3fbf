import { queryOptions, useQuery } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '@/lib/api-client'

/** A specialty clinicians may have: stable code, Spanish and English names. */
export type Specialty = { code: string; es: string; en: string }

export function specialtiesQueryOptions() {
  return queryOptions({ queryKey: ['specialties'], queryFn: () => api.get<Specialty[]>('/specialties'), staleTime: Infinity })
}

/** Names a specialty code in the page's language (the code itself until the list has loaded). */
export function useSpecialtyName(): (code: string) => string {
  const { i18n } = useTranslation()
  const specialties = useQuery(specialtiesQueryOptions())
  const list = specialties.data
  const language = i18n.language
  return useCallback(
    (code: string) => {
      const found = list?.find((specialty) => specialty.code === code)
      if (!found) return code
      return language === 'en' ? found.en : found.es
    },
    [list, language],
  )
}
