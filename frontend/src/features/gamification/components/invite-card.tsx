import { zodResolver } from '@hookform/resolvers/zod'
import { useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Alert } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { applyServerErrors } from '@/lib/form-errors'
import { emailAddress } from '@/lib/schemas'
import { useForm } from '@/lib/use-form'
import { useInvitations, useInvite } from '../api/invitations'

/** Invite a friend by email; each accepted invitation earns points. */
export function InviteCard() {
  const { t } = useTranslation()
  // InvitationRequest: a valid email of at most 320 characters.
  const schema = z.object({ email: emailAddress(t) })
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { email: '' } })
  const { errors } = form.formState
  const email = useWatch({ control: form.control, name: 'email' })
  const invite = useInvite()
  const invitations = useInvitations()

  const submit = form.handleSubmit((values) =>
    invite.mutate(values.email, { onSuccess: () => form.reset(), onError: (error) => applyServerErrors(error, form, t) }),
  )
  // One inline field: a problem without a field of its own is said under it too.
  const error = errors.email?.message ?? errors.root?.server?.message

  return (
    <Card aria-labelledby="invite-title">
      <CardHeader>
        <CardTitle id="invite-title">{t('progress.invite.title')}</CardTitle>
        <CardDescription>{t('progress.invite.hint')}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <form onSubmit={submit} className="flex flex-wrap items-end gap-3" noValidate>
          <FormField label={t('progress.invite.email')} className="min-w-56 flex-1" error={error}>
            <Input type="email" maxLength={320} autoComplete="off" {...form.register('email')} />
          </FormField>
          <Button type="submit" pending={invite.isPending} disabled={!email.trim()}>
            {t('progress.invite.send')}
          </Button>
        </form>
        {invite.isSuccess && <Alert tone="success">{t('progress.invite.sent')}</Alert>}
        {invitations.data && invitations.data.length > 0 && (
          <ul className="grid gap-1 text-sm">
            {invitations.data.map((invitation) => (
              <li key={invitation.id} className="flex flex-wrap items-center gap-2">
                <span className="flex-1 truncate">{invitation.email}</span>
                <Badge tone={invitation.accepted ? 'success' : invitation.registered ? 'brand' : 'neutral'}>
                  {t(`progress.invite.${invitation.accepted ? 'accepted' : invitation.registered ? 'registered' : 'pending'}`)}
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  )
}
