import { Plus } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '@/components/ui/button'
import { EmptyState, Loading } from '@/components/ui/query-state'
import { formatNumber } from '@/lib/format'
import { cn } from '@/lib/utils'
import { type QuickFood, useFrequentFoods, useRecentFoods } from '../api/get-quick-foods'
import type { Food } from '../api/search-foods'

type Tab = 'recent' | 'frequent'

/** Foods the member logged lately or often, one click from the add form. */
export function QuickFoods({ onPick }: { onPick: (food: Food) => void }) {
  const { t } = useTranslation()
  const [tab, setTab] = useState<Tab>('recent')
  const recent = useRecentFoods()
  const frequent = useFrequentFoods()
  const current = tab === 'recent' ? recent : frequent

  return (
    <div className="grid gap-3">
      <div role="group" aria-label={t('nutrition.quick.title')} className="flex gap-1 rounded-xl bg-canvas p-1 text-sm">
        {(['recent', 'frequent'] as const).map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={tab === option}
            onClick={() => setTab(option)}
            className={cn(
              'flex-1 rounded-lg px-3 py-1.5 font-medium transition-colors',
              tab === option ? 'bg-surface text-ink shadow-xs' : 'text-muted hover:text-ink',
            )}
          >
            {t(`nutrition.quick.${option}`)}
          </button>
        ))}
      </div>
      {current.isPending && <Loading />}
      {current.isSuccess && current.data.length === 0 && <EmptyState>{t('nutrition.quick.empty')}</EmptyState>}
      {current.isSuccess && current.data.length > 0 && (
        <ul className="grid gap-1">
          {current.data.slice(0, 8).map((item: QuickFood) => (
            <li key={item.food.id} className="flex items-center justify-between gap-2 rounded-lg px-2 py-1.5 hover:bg-canvas">
              <span className="min-w-0">
                <span className="block truncate text-sm font-medium text-ink">{item.food.name}</span>
                <span className="block text-xs text-muted">
                  {tab === 'frequent'
                    ? t('nutrition.quick.times', { count: item.timesLogged })
                    : item.food.per100g.kcal == null
                      ? t('nutrition.unknownEnergy')
                      : t('nutrition.search.kcalPer100', { kcal: formatNumber(item.food.per100g.kcal) })}
                </span>
              </span>
              <Button
                size="sm"
                variant="secondary"
                onClick={() => onPick(item.food)}
                aria-label={t('nutrition.quick.add', { food: item.food.name })}
              >
                <Plus aria-hidden="true" />
                {t('nutrition.quick.addShort')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
