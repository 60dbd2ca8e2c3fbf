import { Search } from 'lucide-react'
import { type KeyboardEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { controlClass } from '@/components/ui/input'
import { Spinner } from '@/components/ui/spinner'
import { useDebouncedValue } from '@/hooks/use-debounced-value'
import { errorMessage } from '@/lib/form-errors'
import { formatNumber } from '@/lib/format'
import { cn } from '@/lib/utils'
import { type Food, useFoodSearch } from '../api/search-foods'

type FoodSearchProps = {
  label: string
  onSelect: (food: Food) => void
  /** Shown under the input when nothing is typed. */
  hint?: string
}

const MIN_QUERY = 2

/**
 * Search-as-you-type for foods, following the ARIA combobox pattern: arrows move through the
 * results, Enter picks one, Escape closes the list.
 */
export function FoodSearch({ label, onSelect, hint }: FoodSearchProps) {
  const { t } = useTranslation()
  const id = useId()
  const [text, setText] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const query = useDebouncedValue(text.trim(), 250)
  const enabled = query.length >= MIN_QUERY
  const search = useFoodSearch({ q: query, size: 8 }, { enabled })
  const results = enabled ? (search.data?.content ?? []) : []
  const expanded = open && enabled && (results.length > 0 || search.isSuccess || search.isError)
  const listId = `${id}-list`
  const optionId = (index: number) => `${id}-option-${index}`

  function choose(food: Food) {
    onSelect(food)
    setText('')
    setOpen(false)
    setActive(-1)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      setOpen(true)
      setActive((current) => (results.length ? (current + 1) % results.length : -1))
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      setOpen(true)
      setActive((current) => (results.length ? (current <= 0 ? results.length - 1 : current - 1) : -1))
    } else if (event.key === 'Enter') {
      if (expanded && active >= 0 && results[active]) {
        event.preventDefault()
        choose(results[active])
      }
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault()
        setOpen(false)
        setActive(-1)
      } else setText('')
    }
  }

  return (
    <div className="relative grid gap-1.5">
      <label htmlFor={`${id}-input`} className="text-sm font-medium text-ink">
        {label}
      </label>
      <div className="relative">
        <Search aria-hidden="true" className="pointer-events-none absolute top-1/2 left-3.5 size-4 -translate-y-1/2 text-muted" />
        <input
          id={`${id}-input`}
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${id}-status`}
          placeholder={t('nutrition.search.placeholder')}
          className={cn(controlClass, 'pl-10')}
          value={text}
          onChange={(event) => {
            setText(event.target.value)
            setOpen(true)
            setActive(-1)
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          data-testid="food-search"
        />
        {enabled && search.isFetching && <Spinner className="absolute top-1/2 right-3.5 -translate-y-1/2 text-muted" />}
      </div>
      <p id={`${id}-status`} className="text-xs text-muted" aria-live="polite">
        {!enabled
          ? (hint ?? t('nutrition.search.hint'))
          : search.isError
            ? errorMessage(search.error, t)
            : search.isSuccess && !search.isPlaceholderData
              ? t('nutrition.search.count', { count: search.data.totalElements })
              : ''}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        hidden={!expanded}
        className="absolute top-[4.6rem] right-0 left-0 z-30 max-h-80 overflow-y-auto rounded-xl border border-line bg-surface p-1 shadow-lg"
      >
        {results.length === 0 && search.isSuccess && (
          <li role="presentation" className="px-3 py-3 text-sm text-muted">
            {t('nutrition.search.empty', { query })}
          </li>
        )}
        {results.map((food, index) => (
          <li
            key={food.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            // mousedown fires before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault()
              choose(food)
            }}
            onMouseEnter={() => setActive(index)}
            className={cn(
              'flex cursor-pointer items-baseline justify-between gap-3 rounded-lg px-3 py-2 text-sm',
              index === active && 'bg-brand-50',
            )}
          >
            <span className="min-w-0">
              <span className="block truncate font-medium text-ink">{food.name}</span>
              <span className="block truncate text-xs text-muted">
                {[t(`nutrition.sources.${food.source}`), food.foodGroup].filter(Boolean).join(' · ')}
              </span>
            </span>
            <span className="shrink-0 text-xs tabular-nums text-muted">
              {food.per100g.kcal == null ? '—' : t('nutrition.search.kcalPer100', { kcal: formatNumber(food.per100g.kcal) })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}
