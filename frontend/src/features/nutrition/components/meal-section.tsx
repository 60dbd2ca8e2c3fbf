import { zodResolver } from '@hookform/resolvers/zod'
import { Check, Pencil, Trash2, X } from 'lucide-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { decimalInput } from '@/lib/decimal'
import { applyServerErrors, errorMessage } from '@/lib/form-errors'
import { formatNumber } from '@/lib/format'
import { useForm } from '@/lib/use-form'
import { useChangeEntry, useDeleteEntry } from '../api/change-entry'
import type { DiaryDay, DiaryEntry } from '../api/get-diary-day'
import { parseDecimal } from '../utils/amount'
import { entryAmountSchema } from '../utils/entry-amount'

type MealSectionProps = { meal: DiaryDay['meals'][number]; onDeleted: (entry: DiaryEntry) => void }

/** One meal of the day: its entries with inline gram editing and deletion. */
export function MealSection({ meal, onDeleted }: MealSectionProps) {
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
            <EntryRow key={entry.id} entry={entry} onDeleted={onDeleted} />
          ))}
        </ul>
      )}
    </section>
  )
}

function EntryRow({ entry, onDeleted }: { entry: DiaryEntry; onDeleted: (entry: DiaryEntry) => void }) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)
  // entries logged in portions are edited in portions ("2" × "1 medium"), others in grams
  const initial = decimalInput(entry.portion ? entry.portion.quantity : entry.grams)
  const form = useForm({
    resolver: zodResolver(entryAmountSchema(t, entry.portion != null)),
    defaultValues: { amount: initial },
    mode: 'onChange',
  })
  const change = useChangeEntry()
  const remove = useDeleteEntry(() => onDeleted(entry))
  const { errors } = form.formState
  const error = remove.error
  useEffect(() => {
    if (editing) form.setFocus('amount')
  }, [editing, form])

  const save = form.handleSubmit(({ amount }) => {
    const value = parseDecimal(amount)
    change.mutate(entry.portion ? { id: entry.id, quantity: value } : { id: entry.id, grams: value }, {
      onSuccess: () => setEditing(false),
      // the server names the amount "grams" or "quantity"; this form has one input for both
      onError: (failed) =>
        applyServerErrors(failed, form, t, (field) => (field === 'grams' || field === 'quantity' ? 'amount' : undefined)),
    })
  })

  const invalid = errors.amount != null && errors.amount.type !== 'server'
  // what is wrong with the typed amount (checked here or by the server), else the server's summary
  const problem = errors.amount?.message ?? errors.root?.server?.message

  return (
    <li className="grid gap-2 px-3 py-2.5 sm:px-4" data-testid="diary-entry">
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2">
        {/* the name keeps room for itself: on a phone the amount and buttons go to a line of their own
            rather than squeezing it to "Man…" */}
        <div className="min-w-0 flex-1 basis-40">
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
          <form onSubmit={save} className="ml-auto flex items-center gap-1.5">
            <label htmlFor={`grams-${entry.id}`} className="sr-only">
              {entry.portion
                ? t('nutrition.entry.portionsOf', { food: entry.foodName, portion: entry.portion.label })
                : t('nutrition.entry.gramsOf', { food: entry.foodName })}
            </label>
            <Input
              id={`grams-${entry.id}`}
              inputMode="decimal"
              aria-invalid={errors.amount != null || undefined}
              className={entry.portion ? 'h-9 w-16' : 'h-9 w-24'}
              {...form.register('amount')}
            />
            <span className="max-w-32 truncate text-sm text-muted">{entry.portion ? `× ${entry.portion.label}` : 'g'}</span>
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
                form.reset({ amount: initial })
                change.reset()
              }}
            >
              <X aria-hidden="true" />
            </Button>
          </form>
        ) : (
          <div className="ml-auto flex items-center gap-1">
            <span className="mr-2 text-right text-sm tabular-nums">
              <span className="font-medium text-ink">{entry.nutrients.kcal == null ? '—' : formatNumber(entry.nutrients.kcal)} kcal</span>
              <span className="block text-xs text-muted" data-testid="entry-amount">
                {entry.portion
                  ? t('nutrition.entry.portion', {
                      quantity: formatNumber(entry.portion.quantity, 2),
                      portion: entry.portion.label,
                      grams: formatNumber(entry.grams, 1),
                    })
                  : `${formatNumber(entry.grams, 1)} g`}
              </span>
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
      {problem ? <Alert tone="danger">{problem}</Alert> : error && <Alert tone="danger">{errorMessage(error, t)}</Alert>}
    </li>
  )
}
