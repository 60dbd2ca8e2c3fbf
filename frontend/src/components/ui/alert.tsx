import { cva, type VariantProps } from 'class-variance-authority'
import { CircleAlert, CircleCheck, Info } from 'lucide-react'
import type { ComponentProps } from 'react'
import { cn } from '@/lib/utils'

const alertVariants = cva('flex gap-3 rounded-xl border px-4 py-3 text-sm [&>svg]:mt-0.5 [&>svg]:size-4 [&>svg]:shrink-0', {
  variants: {
    tone: {
      info: 'border-brand-200 bg-brand-50 text-brand-900',
      success: 'border-success-700/20 bg-success-50 text-success-700',
      warning: 'border-warn-800/20 bg-warn-50 text-warn-800',
      danger: 'border-danger-600/25 bg-danger-50 text-danger-700',
    },
  },
  defaultVariants: { tone: 'info' },
})

const icons = { info: Info, success: CircleCheck, warning: CircleAlert, danger: CircleAlert }

type AlertProps = ComponentProps<'div'> & VariantProps<typeof alertVariants>

/** Errors use role="alert" so they are announced as soon as they appear. */
export function Alert({ tone, className, children, ...props }: AlertProps) {
  const Icon = icons[tone ?? 'info']
  return (
    <div role={tone === 'danger' ? 'alert' : 'status'} className={cn(alertVariants({ tone }), className)} {...props}>
      <Icon aria-hidden="true" />
      <div className="grid gap-1">{children}</div>
    </div>
  )
}
