import { useMutation } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { saveFile } from '@/lib/save-file'

export type ExportFormat = 'csv' | 'json'

export type ExportInput = { from: string; to: string; format: ExportFormat }

/** A CSV comes with a byte-order mark, so a spreadsheet reads "Plátano" as UTF-8 (like "Export this view"). */
export async function exportDiary({ from, to, format }: ExportInput): Promise<void> {
  const file = await api.download('/diary/export', { params: format === 'csv' ? { from, to, format, bom: 'true' } : { from, to, format } })
  saveFile(file, `vitalia-diary-${from}-to-${to}.${format}`)
}

export function useExportDiary() {
  return useMutation({ mutationFn: exportDiary })
}
