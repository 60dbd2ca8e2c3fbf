import { useMutation } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { todayIso } from '@/lib/format'
import { saveFile } from '@/lib/save-file'

/**
 * The member's copy of everything Vitalia keeps about them, saved as a JSON file named after the
 * member's own day (the server's name uses the UTC day, which is already tomorrow in the evening
 * in the Americas).
 */
export async function exportMyData(now = new Date()): Promise<void> {
  const { blob } = await api.download('/me/data-export')
  const fileName = `vitalia-my-data-${todayIso(now)}.json`
  saveFile({ blob, fileName }, fileName)
}

export function useExportMyData() {
  return useMutation({ mutationFn: () => exportMyData() })
}
