import { cn } from '@/lib/utils'
import { progressOf, ringDash } from '../utils/progress'

type MacroRingProps = {
  label: string
  consumed: number | null
  target: number | null
  unit: string
  /** Tailwind text colour class for the arc (stroke uses currentColor). */
  colorClass: string
  size?: 'lg' | 'md'
  testId: string
  valueText: string
  targetText: string | null
}

const RADIUS = 42

/** A ring showing consumed against target; goes amber when over. Text alternatives come from the labels. */
export function MacroRing({ label, consumed, target, unit, colorClass, size = 'md', testId, valueText, targetText }: MacroRingProps) {
  const progress = progressOf(consumed, target)
  const { dash, gap } = ringDash(progress?.fill ?? 0, RADIUS)
  return (
    <figure
      className="grid justify-items-center gap-2 text-center"
      data-testid={testId}
      data-value={consumed == null ? '' : Math.round(consumed)}
      data-percent={progress?.percent ?? ''}
    >
      <div className={cn('relative', size === 'lg' ? 'size-36' : 'size-24')}>
        <svg viewBox="0 0 100 100" className="size-full -rotate-90" aria-hidden="true">
          <circle cx="50" cy="50" r={RADIUS} fill="none" strokeWidth="9" className="stroke-line" />
          {progress && progress.fill > 0 && (
            <circle
              cx="50"
              cy="50"
              r={RADIUS}
              fill="none"
              strokeWidth="9"
              strokeLinecap="round"
              stroke="currentColor"
              strokeDasharray={`${dash} ${gap}`}
              className={cn('transition-[stroke-dasharray] duration-500', progress.over ? 'text-amber-500' : colorClass)}
            />
          )}
        </svg>
        <div className="absolute inset-0 grid place-content-center">
          <span className={cn('font-semibold tabular-nums text-ink', size === 'lg' ? 'text-2xl' : 'text-base')}>{valueText}</span>
          <span className="text-xs text-muted">{progress ? `${unit} · ${progress.percent}%` : unit}</span>
        </div>
      </div>
      <figcaption className="grid text-sm">
        <span className="font-medium text-ink">{label}</span>
        {targetText && <span className="text-xs text-muted">{targetText}</span>}
      </figcaption>
    </figure>
  )
}
