import { useMutation } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { saveFile } from '@/lib/save-file'

export type ExportFormat = 'csv' | 'json'

export type ExportInput = { from: string; to: string; format: ExportFormat }

export async function exportDiary({ from, to, format }: ExportInput): Promise<void> {
  const file = await api.download('/diary/export', { params: { from, to, format } })
  saveFile(file, `vitalia-diary-${from}-to-${to}.${format}`)
}

export function useExportDiary() {
  return useMutation({ mutationFn: exportDiary })
}
