import { Fragment } from 'react'

const urlPattern = /(https?:\/\/[^\s<>"']+)/g
const appPaths = ['/verify-email', '/reset-password']

/** Links to this app's own pages open here, whatever host the mail was generated for. */
function hrefFor(url: string): string {
  try {
    const parsed = new URL(url)
    return appPaths.includes(parsed.pathname) ? `${parsed.pathname}${parsed.search}` : url
  } catch {
    return url
  }
}

export function MessageBody({ body }: { body: string }) {
  const parts = body.split(urlPattern)
  return (
    <div className="whitespace-pre-wrap break-words rounded-xl border border-line bg-surface px-4 py-3 font-mono text-xs leading-relaxed text-ink">
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={hrefFor(part)} className="text-brand-700 underline underline-offset-2">
            {part}
          </a>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </div>
  )
}
