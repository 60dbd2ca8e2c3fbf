import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { errorMessage } from '@/lib/form-errors'
import { type Badge, useBadges } from '../api/admin-rules'
import { inLanguage } from '../api/progress'
import { BadgeForm } from './badge-form'

const emptyBadge: Badge = { code: '', name: { es: '', en: '' }, description: { es: '', en: '' }, icon: 'award' }

/** The badges list and the form that edits one (or creates a new one). */
export function BadgesEditor() {
  const { t, i18n } = useTranslation()
  const badges = useBadges()
  const [editing, setEditing] = useState<{ badge: Badge; existing: boolean; key: number } | null>(null)
  const edit = (badge: Badge, existing: boolean) => setEditing({ badge, existing, key: (editing?.key ?? 0) + 1 })

  return (
    <div className="grid gap-4">
      {badges.isError && <Alert tone="danger">{errorMessage(badges.error, t)}</Alert>}
      <ul className="grid gap-2 text-sm sm:grid-cols-2">
        {badges.data?.map((badge) => (
          <li key={badge.code} className="flex items-start gap-2 rounded-xl border border-line p-3">
            <div className="grid flex-1 gap-0.5">
              <span className="font-medium">{inLanguage(badge.name, i18n.language)}</span>
              <span className="text-muted">{inLanguage(badge.description, i18n.language)}</span>
              <span className="text-xs text-muted">{badge.code}</span>
            </div>
            <Button variant="ghost" size="sm" onClick={() => edit(badge, true)}>
              {t('rules.edit')}
            </Button>
          </li>
        ))}
      </ul>
      <div>
        <Button variant="secondary" size="sm" onClick={() => edit(emptyBadge, false)}>
          {t('badges.new')}
        </Button>
      </div>
      {editing && (
        <BadgeForm
          key={editing.key}
          badge={editing.badge}
          existing={editing.existing}
          onSaved={() => setEditing(null)}
          onCancel={() => setEditing(null)}
        />
      )}
    </div>
  )
}
