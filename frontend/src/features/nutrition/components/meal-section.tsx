import { Check, Pencil, Trash2, X } from 'lucide-react'
import { type FormEvent, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { errorMessage } from '@/lib/form-errors'
import { formatNumber } from '@/lib/format'
import { useChangeEntry, useDeleteEntry } from '../api/change-entry'
import type { DiaryDay, DiaryEntry } from '../api/get-diary-day'
import { parseDecimal } from '../utils/amount'

type MealSectionProps = { meal: DiaryDay['meals'][number] }

/** One meal of the day: its entries with inline gram editing and deletion. */
export function MealSection({ meal }: MealSectionProps) {
  const { t } = useTranslation()
  const titleId = `meal-${meal.meal}`
  return (
    <section aria-labelledby={titleId} className="grid gap-2" data-testid={`meal-${meal.meal}`}>
      <header className="flex items-baseline justify-between gap-3">
        <h3 id={titleId} className="font-semibold text-ink">
          {t(`nutrition.meals.${meal.meal}`)}
        </h3>
        <span className="text-sm tabular-nums text-muted">{meal.totals.kcal == null ? '—' : `${formatNumber(meal.totals.kcal)} kcal`}</span>
      </header>
      {meal.entries.length === 0 ? (
        <p className="rounded-xl border border-dashed border-line px-4 py-3 text-sm text-muted">{t('nutrition.meal.empty')}</p>
      ) : (
        <ul className="divide-y divide-line rounded-xl border border-line">
          {meal.entries.map((entry) => (
            <EntryRow key={entry.id} entry={entry} />
          ))}
        </ul>
      )}
    </section>
  )
}

function EntryRow({ entry }: { entry: DiaryEntry }) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (editing) inputRef.current?.focus()
  }, [editing])
  const [grams, setGrams] = useState(String(entry.grams))
  const change = useChangeEntry()
  const remove = useDeleteEntry()
  const error = change.error ?? remove.error

  function save(event: FormEvent) {
    event.preventDefault()
    const value = parseDecimal(grams)
    if (!(value > 0 && value <= 10000)) return
    change.mutate({ id: entry.id, grams: value }, { onSuccess: () => setEditing(false) })
  }

  const invalid = !(parseDecimal(grams) > 0 && parseDecimal(grams) <= 10000)

  return (
    <li className="grid gap-2 px-3 py-2.5 sm:px-4" data-testid="diary-entry">
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2">
        <div className="min-w-0 flex-1">
          <p className="truncate text-sm font-medium text-ink">{entry.foodName}</p>
          <p className="text-xs text-muted tabular-nums">
            {t('nutrition.entry.macros', {
              protein: entry.nutrients.proteinG == null ? '—' : formatNumber(entry.nutrients.proteinG, 1),
              fat: entry.nutrients.fatG == null ? '—' : formatNumber(entry.nutrients.fatG, 1),
              carbs: entry.nutrients.carbsG == null ? '—' : formatNumber(entry.nutrients.carbsG, 1),
            })}
          </p>
        </div>
        {editing ? (
          <form onSubmit={save} className="flex items-center gap-1.5">
            <label htmlFor={`grams-${entry.id}`} className="sr-only">
              {t('nutrition.entry.gramsOf', { food: entry.foodName })}
            </label>
            <Input
              id={`grams-${entry.id}`}
              inputMode="decimal"
              value={grams}
              onChange={(event) => setGrams(event.target.value)}
              aria-invalid={invalid || undefined}
              className="h-9 w-24"
              ref={inputRef}
            />
            <span className="text-sm text-muted">g</span>
            <Button
              type="submit"
              size="icon"
              variant="secondary"
              pending={change.isPending}
              disabled={invalid}
              aria-label={t('nutrition.entry.save')}
            >
              {!change.isPending && <Check aria-hidden="true" />}
            </Button>
            <Button
              type="button"
              size="icon"
              variant="ghost"
              aria-label={t('nutrition.entry.cancelEdit')}
              onClick={() => {
                setEditing(false)
                setGrams(String(entry.grams))
                change.reset()
              }}
            >
              <X aria-hidden="true" />
            </Button>
          </form>
        ) : (
          <div className="flex items-center gap-1">
            <span className="mr-2 text-right text-sm tabular-nums">
              <span className="font-medium text-ink">{entry.nutrients.kcal == null ? '—' : formatNumber(entry.nutrients.kcal)} kcal</span>
              <span className="block text-xs text-muted">{formatNumber(entry.grams, 1)} g</span>
            </span>
            <Button
              size="icon"
              variant="ghost"
              aria-label={t('nutrition.entry.edit', { food: entry.foodName })}
              onClick={() => setEditing(true)}
            >
              <Pencil aria-hidden="true" />
            </Button>
            <Button
              size="icon"
              variant="ghost"
              pending={remove.isPending}
              aria-label={t('nutrition.entry.delete', { food: entry.foodName })}
              onClick={() => remove.mutate(entry.id)}
            >
              {!remove.isPending && <Trash2 aria-hidden="true" />}
            </Button>
          </div>
        )}
      </div>
      {error && <Alert tone="danger">{errorMessage(error, t)}</Alert>}
    </li>
  )
}
