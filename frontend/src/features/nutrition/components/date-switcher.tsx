import { ChevronLeft, ChevronRight } from 'lucide-react'
import { type RefObject, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { addDays, formatLongDate, isIsoDate, todayIso } from '@/lib/format'
import { diaryDateBounds, inDiaryRange } from '../utils/diary-dates'

export function DateSwitcher({ date, onChange }: { date: string; onChange: (date: string) => void }) {
  const { t } = useTranslation()
  const today = todayIso()
  const { min, max } = diaryDateBounds(today)
  const previous = useRef<HTMLButtonElement>(null)
  const following = useRef<HTMLButtonElement>(null)
  // a button that disables itself at a limit, or goes away (back on today), would drop keyboard
  // focus to the page; it goes to the arrow that still leads somewhere (a date field would open
  // its picker on phones)
  function go(next: string, focusAfter?: RefObject<HTMLButtonElement | null>) {
    onChange(next)
    focusAfter?.current?.focus()
  }
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t('nutrition.date.label')}>
      <Button
        variant="secondary"
        size="icon"
        ref={previous}
        onClick={() => go(addDays(date, -1), addDays(date, -1) <= min ? following : undefined)}
        disabled={date <= min}
        aria-label={t('nutrition.date.previous')}
      >
        <ChevronLeft aria-hidden="true" />
      </Button>
      <p className="min-w-40 text-center font-semibold text-ink" aria-live="polite" data-testid="diary-date" data-date={date}>
        {date === today ? t('nutrition.date.today') : formatLongDate(date)}
      </p>
      <Button
        variant="secondary"
        size="icon"
        ref={following}
        onClick={() => go(addDays(date, 1), addDays(date, 1) >= max ? previous : undefined)}
        disabled={date >= max}
        aria-label={t('nutrition.date.next')}
      >
        <ChevronRight aria-hidden="true" />
      </Button>
      <label className="sr-only" htmlFor="diary-date-input">
        {t('nutrition.date.pick')}
      </label>
      <Input
        id="diary-date-input"
        type="date"
        value={date}
        min={min}
        max={max}
        onChange={(event) => isIsoDate(event.target.value) && inDiaryRange(event.target.value, today) && onChange(event.target.value)}
        className="h-9 w-auto"
      />
      {date !== today && (
        <Button variant="link" onClick={() => go(today, date <= min ? following : previous)}>
          {t('nutrition.date.backToToday')}
        </Button>
      )}
    </div>
  )
}
