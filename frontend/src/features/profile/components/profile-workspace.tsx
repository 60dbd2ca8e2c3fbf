import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo } from 'react'
import { useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { QueryState } from '@/components/ui/query-state'
import { browserTimeZone } from '@/lib/format'
import { useForm } from '@/lib/use-form'
import { type Profile, useProfile } from '../api/get-profile'
import { useTargets } from '../api/get-targets'
import { draftFromProfile, profileFields, profileSchema, readDraft } from '../utils/profile-draft'
import { previewTargets } from '../utils/targets'
import { CustomTargetsForm } from './custom-targets-form'
import { LogWeightForm } from './log-weight-form'
import { ProfileForm } from './profile-form'
import { TargetsPanel } from './targets-panel'
import { WeightHistory } from './weight-history'

/** Profile form, live targets, custom targets and weight log on one page. */
export function ProfileWorkspace() {
  const profile = useProfile()

  if (profile.isPending || profile.isError) return <QueryState query={profile} spacious />
  return <Workspace profile={profile.data} />
}

function Workspace({ profile }: { profile: Profile }) {
  const { t } = useTranslation()
  const targets = useTargets()
  const saved = useMemo(() => draftFromProfile(profile, browserTimeZone()), [profile])
  // A save (or a refetch with other values) makes the server's values the form's baseline.
  const form = useForm({ resolver: zodResolver(profileSchema(t)), values: saved })
  const draft = useWatch({ control: form.control })
  const dirty = profileFields.some((field) => draft[field] !== saved[field])
  const preview = useMemo(() => {
    if (!dirty) return null
    const { input } = readDraft({ ...saved, ...draft }, t)
    return input ? previewTargets(input) : null
  }, [dirty, draft, saved, t])

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <Card aria-labelledby="profile-title">
        <CardHeader>
          <CardTitle id="profile-title">{t('profile.formTitle')}</CardTitle>
        </CardHeader>
        <CardContent>
          <ProfileForm form={form} locale={profile.locale} />
        </CardContent>
      </Card>

      <div className="grid gap-6 lg:sticky lg:top-24">
        <TargetsPanel preview={preview} />

        <Card aria-labelledby="custom-targets-title">
          <CardHeader>
            <CardTitle id="custom-targets-title">{t('customTargets.title')}</CardTitle>
            <CardDescription>{t('customTargets.description')}</CardDescription>
          </CardHeader>
          <CardContent>
            {targets.isSuccess && (
              <CustomTargetsForm
                key={targets.data ? `${targets.data.custom}-${targets.data.calories}-${targets.data.proteinG}` : 'none'}
                targets={targets.data}
              />
            )}
          </CardContent>
        </Card>

        <Card aria-labelledby="weights-title">
          <CardHeader>
            <CardTitle id="weights-title">{t('weights.title')}</CardTitle>
            <CardDescription>{t('weights.description')}</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4">
            {profile.complete && <LogWeightForm />}
            <WeightHistory />
          </CardContent>
        </Card>
      </div>
    </div>
  )
}
