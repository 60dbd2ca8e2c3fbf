import { ChevronLeft, ChevronRight } from 'lucide-react'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { addDays, formatLongDate, isIsoDate, todayIso } from '@/lib/format'
import { diaryDateBounds, inDiaryRange } from '../utils/diary-dates'

export function DateSwitcher({ date, onChange }: { date: string; onChange: (date: string) => void }) {
  const { t } = useTranslation()
  const today = todayIso()
  const { min, max } = diaryDateBounds(today)
  const picker = useRef<HTMLInputElement>(null)
  // a button that disables itself or goes away (at a limit, back on today) would drop keyboard
  // focus to the page; it goes to the date picker instead
  function go(next: string, leavesButton: boolean) {
    onChange(next)
    if (leavesButton) picker.current?.focus()
  }
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t('nutrition.date.label')}>
      <Button
        variant="secondary"
        size="icon"
        onClick={() => go(addDays(date, -1), addDays(date, -1) <= min)}
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
        onClick={() => go(addDays(date, 1), addDays(date, 1) >= max)}
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
        ref={picker}
        type="date"
        value={date}
        min={min}
        max={max}
        onChange={(event) => isIsoDate(event.target.value) && inDiaryRange(event.target.value, today) && onChange(event.target.value)}
        className="h-9 w-auto"
      />
      {date !== today && (
        <Button variant="link" onClick={() => go(today, true)}>
          {t('nutrition.date.backToToday')}
        </Button>
      )}
    </div>
  )
}
