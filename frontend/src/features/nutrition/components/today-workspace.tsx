import { Copy } from 'lucide-react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { QueryError, QueryState } from '@/components/ui/query-state'
import { addDays } from '@/lib/format'
import { useCopyDay } from '../api/copy-day'
import { type DiaryEntry, type Meal, useDiaryDay } from '../api/get-diary-day'
import { useRestoreEntry } from '../api/log-entry'
import type { Food } from '../api/search-foods'
import { AddFoodForm } from './add-food-form'
import { DateSwitcher } from './date-switcher'
import { DaySummary } from './day-summary'
import { FoodSearch } from './food-search'
import { MealSection } from './meal-section'
import { QuickFoods } from './quick-foods'

/** A meal that fits the time of day, so adding usually needs no extra choice. */
function mealForNow(now = new Date()): Meal {
  const hour = now.getHours()
  if (hour < 11) return 'BREAKFAST'
  if (hour < 16) return 'LUNCH'
  if (hour < 19) return 'SNACK'
  return 'DINNER'
}

/**
 * The deleted entry's row is gone, and its delete button with it: keyboard focus goes to Undo,
 * then to the notice that replaces it.
 */
const focusOnMount = (element: HTMLElement | null) => element?.focus()

type TodayWorkspaceProps = { date: string; onDateChange: (date: string) => void }

/** What the member just did to the day, said once: added a food, deleted an entry (with undo), or undid that. */
type Notice = { kind: 'added'; food: string } | { kind: 'deleted'; entry: DiaryEntry } | { kind: 'restored'; entry: DiaryEntry }

export function TodayWorkspace({ date, onDateChange }: TodayWorkspaceProps) {
  const { t } = useTranslation()
  const day = useDiaryDay(date)
  const copy = useCopyDay()
  const [selected, setSelected] = useState<Food | null>(null)
  const [meal, setMeal] = useState<Meal>(mealForNow)
  const [notice, setNotice] = useState<Notice | null>(null)
  // copying onto a day that has food already asks first: a second click would double the day
  const [confirmCopy, setConfirmCopy] = useState(false)
  const copyButton = useRef<HTMLButtonElement>(null)
  // another day (the arrows, the browser's back button, a link): what was said about this one goes
  const [noticeDay, setNoticeDay] = useState(date)
  if (noticeDay !== date) {
    setNoticeDay(date)
    setNotice(null)
    setConfirmCopy(false)
  }
  // its error shows only under the notice it belongs to, and a new deletion starts afresh
  const restore = useRestoreEntry()

  function pick(food: Food) {
    setSelected(food)
    setNotice(null)
  }

  function deleted(entry: DiaryEntry) {
    restore.reset()
    setNotice({ kind: 'deleted', entry })
  }

  function undo(entry: DiaryEntry) {
    restore.mutate(entry, { onSuccess: () => setNotice({ kind: 'restored', entry }) })
  }

  const logged = day.data?.meals.reduce((count, meal) => count + meal.entries.length, 0) ?? 0
  // what was copied onto this day (the back button or a link may have moved to another since)
  const copyDone = copy.isSuccess && copy.variables.toDate === date
  const copied = copyDone && copy.data.length > 0

  // "keep" takes its question away: the keyboard goes back to the copy button
  function keepDay() {
    setConfirmCopy(false)
    copyButton.current?.focus()
  }

  function copyPreviousDay() {
    setConfirmCopy(false)
    copy.mutate({ fromDate: addDays(date, -1), toDate: date })
  }

  const mealName = (meal: Meal) => t(`nutrition.meals.${meal}`)
  const inMeal = (meal: Meal) => t(`nutrition.entry.inMeal.${meal}`)

  return (
    <div className="grid gap-6">
      <DateSwitcher
        date={date}
        onChange={(next) => {
          copy.reset()
          onDateChange(next)
        }}
      />
      {/* One column on small screens: the day's summary first, then adding food, then the meals.
          Two columns from lg: summary and meals on the left, adding food beside them. */}
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:grid-rows-[auto_1fr]">
        {!day.data && (
          <div className="lg:col-start-1 lg:row-start-1">
            <QueryState query={day} spacious />
          </div>
        )}
        {day.data && (
          <div className="min-w-0 lg:col-start-1 lg:row-start-1" data-testid="day-summary-slot">
            <DaySummary day={day.data} />
          </div>
        )}
        <div className="grid min-w-0 gap-6 lg:sticky lg:top-24 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <Card aria-labelledby="add-title">
            <CardHeader>
              <CardTitle id="add-title">{t('nutrition.add.title')}</CardTitle>
              <CardDescription>{t('nutrition.add.description')}</CardDescription>
            </CardHeader>
            <CardContent className="grid gap-4">
              <FoodSearch label={t('nutrition.search.label')} onSelect={pick} />
              {notice?.kind === 'added' && !selected && <Alert tone="success">{t('nutrition.add.added', { food: notice.food })}</Alert>}
              {selected && (
                <AddFoodForm
                  key={selected.id}
                  food={selected}
                  date={date}
                  meal={meal}
                  onMealChange={setMeal}
                  onCancel={() => setSelected(null)}
                  onAdded={(food) => {
                    setSelected(null)
                    setNotice({ kind: 'added', food: food.name })
                  }}
                />
              )}
            </CardContent>
          </Card>
          <Card aria-labelledby="quick-title">
            <CardHeader>
              <CardTitle id="quick-title">{t('nutrition.quick.title')}</CardTitle>
            </CardHeader>
            <CardContent>
              <QuickFoods onPick={pick} />
            </CardContent>
          </Card>
        </div>
        {day.data && (
          <div className="min-w-0 lg:col-start-1 lg:row-start-2">
            <Card aria-labelledby="meals-title">
              <CardHeader className="flex flex-wrap items-center justify-between gap-3">
                <CardTitle id="meals-title">{t('nutrition.meal.title')}</CardTitle>
                <Button
                  variant="secondary"
                  size="sm"
                  pending={copy.isPending}
                  ref={copyButton}
                  disabled={copied}
                  onClick={() => (logged > 0 ? setConfirmCopy(true) : copyPreviousDay())}
                >
                  {!copy.isPending && <Copy aria-hidden="true" />}
                  {t('nutrition.copy.fromYesterday')}
                </Button>
              </CardHeader>
              <CardContent className="grid gap-5">
                {confirmCopy && logged > 0 && (
                  <Alert tone="warning">
                    <div className="grid gap-3">
                      <span>{t('nutrition.copy.confirm', { count: logged })}</span>
                      <div className="flex flex-wrap gap-2">
                        <Button size="sm" variant="secondary" ref={focusOnMount} onClick={keepDay}>
                          {t('nutrition.copy.keep')}
                        </Button>
                        <Button size="sm" onClick={copyPreviousDay}>
                          {t('nutrition.copy.addAnyway')}
                        </Button>
                      </div>
                    </div>
                  </Alert>
                )}
                {copyDone && (
                  // the copy button went pending, then resting: the keyboard is told here what happened
                  <Alert tone={copy.data.length ? 'success' : 'info'} ref={focusOnMount} tabIndex={-1} className="outline-none">
                    {copy.data.length ? t('nutrition.copy.done', { count: copy.data.length }) : t('nutrition.copy.nothing')}
                  </Alert>
                )}
                {copy.isError && copy.variables.toDate === date && <QueryError error={copy.error} />}
                {notice?.kind === 'deleted' && (
                  // one notice per deletion, so a second one gets the focus too
                  <Alert tone="info" key={notice.entry.id}>
                    <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
                      <span>{t('nutrition.entry.deleted', { food: notice.entry.foodName, meal: mealName(notice.entry.meal) })}</span>
                      <Button
                        size="sm"
                        variant="secondary"
                        ref={focusOnMount}
                        pending={restore.isPending}
                        aria-label={t('nutrition.entry.undoLabel', {
                          food: notice.entry.foodName,
                          meal: inMeal(notice.entry.meal),
                        })}
                        onClick={() => undo(notice.entry)}
                      >
                        {t('nutrition.entry.undo')}
                      </Button>
                    </div>
                  </Alert>
                )}
                {restore.isError && notice?.kind === 'deleted' && <QueryError error={restore.error} />}
                {notice?.kind === 'restored' && (
                  // Undo went away in its turn: focus stays in the meals, on what happened
                  <Alert tone="success" ref={focusOnMount} tabIndex={-1} className="outline-none">
                    {t('nutrition.entry.restored', { food: notice.entry.foodName, meal: inMeal(notice.entry.meal) })}
                  </Alert>
                )}
                {day.data.meals.map((section) => (
                  <MealSection key={section.meal} meal={section} onDeleted={deleted} />
                ))}
              </CardContent>
            </Card>
          </div>
        )}
      </div>
    </div>
  )
}
