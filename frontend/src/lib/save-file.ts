import type { Download } from './api-client'

/** Hands a downloaded file to the browser's "save" flow. */
export function saveFile({ blob, fileName }: Download, fallbackName: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName ?? fallbackName
  document.body.append(link)
  link.click()
  link.remove()
  // Give the browser a moment to start the download before releasing the object URL.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
