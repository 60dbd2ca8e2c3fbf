import { Copy } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { QueryError, QueryState } from '@/components/ui/query-state'
import { addDays } from '@/lib/format'
import { useCopyDay } from '../api/copy-day'
import { type Meal, useDiaryDay } from '../api/get-diary-day'
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

type TodayWorkspaceProps = { date: string; onDateChange: (date: string) => void }

export function TodayWorkspace({ date, onDateChange }: TodayWorkspaceProps) {
  const { t } = useTranslation()
  const day = useDiaryDay(date)
  const copy = useCopyDay()
  const [selected, setSelected] = useState<Food | null>(null)
  const [meal, setMeal] = useState<Meal>(mealForNow)
  const [added, setAdded] = useState<string | null>(null)

  function pick(food: Food) {
    setSelected(food)
    setAdded(null)
  }

  return (
    <div className="grid gap-6">
      <DateSwitcher
        date={date}
        onChange={(next) => {
          copy.reset()
          onDateChange(next)
        }}
      />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="grid gap-6">
          <QueryState query={day} spacious />
          {day.data && (
            <>
              <DaySummary day={day.data} />
              <Card aria-labelledby="meals-title">
                <CardHeader className="flex flex-wrap items-center justify-between gap-3">
                  <CardTitle id="meals-title">{t('nutrition.meal.title')}</CardTitle>
                  <Button
                    variant="secondary"
                    size="sm"
                    pending={copy.isPending}
                    onClick={() => copy.mutate({ fromDate: addDays(date, -1), toDate: date })}
                  >
                    {!copy.isPending && <Copy aria-hidden="true" />}
                    {t('nutrition.copy.fromYesterday')}
                  </Button>
                </CardHeader>
                <CardContent className="grid gap-5">
                  {copy.isSuccess && (
                    <Alert tone={copy.data.length ? 'success' : 'info'}>
                      {copy.data.length ? t('nutrition.copy.done', { count: copy.data.length }) : t('nutrition.copy.nothing')}
                    </Alert>
                  )}
                  {copy.isError && <QueryError error={copy.error} />}
                  {day.data.meals.map((section) => (
                    <MealSection key={section.meal} meal={section} />
                  ))}
                </CardContent>
              </Card>
            </>
          )}
        </div>

        {/* On small screens adding food comes first; the summary follows. */}
        <div className="order-first grid gap-6 lg:sticky lg:top-24 lg:order-none">
          <Card aria-labelledby="add-title">
            <CardHeader>
              <CardTitle id="add-title">{t('nutrition.add.title')}</CardTitle>
              <CardDescription>{t('nutrition.add.description')}</CardDescription>
            </CardHeader>
            <CardContent className="grid gap-4">
              <FoodSearch label={t('nutrition.search.label')} onSelect={pick} />
              {added && !selected && <Alert tone="success">{t('nutrition.add.added', { food: added })}</Alert>}
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
                    setAdded(food.name)
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
      </div>
    </div>
  )
}
