import { useMutation } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { todayIso } from '@/lib/format'
import { saveFile } from '@/lib/save-file'

/**
 * The member's copy of everything Vitalia keeps about them, saved as a JSON file named after the
 * member's own day (the server's name uses the UTC day, which is already tomorrow in the evening
 * in the Americas).
 */
export async function exportMyData(): Promise<void> {
  const { blob } = await api.download('/me/data-export')
  saveFile({ blob, fileName: undefined }, `vitalia-my-data-${todayIso()}.json`)
}

export function useExportMyData() {
  return useMutation({ mutationFn: exportMyData })
}
