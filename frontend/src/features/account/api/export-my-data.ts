import { useMutation } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { saveFile } from '@/lib/save-file'

/** The member's copy of everything Vitalia keeps about them, saved as the JSON file the server names. */
export async function exportMyData(): Promise<void> {
  const file = await api.download('/me/data-export')
  saveFile(file, 'vitalia-my-data.json')
}

export function useExportMyData() {
  return useMutation({ mutationFn: exportMyData })
}
