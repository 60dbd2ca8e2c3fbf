import { zodResolver } from '@hookform/resolvers/zod'
import { Link } from '@tanstack/react-router'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { ApiError } from '@/lib/api-client'
import { applyServerErrors } from '@/lib/form-errors'
import { currentPassword } from '@/lib/schemas'
import { useForm } from '@/lib/use-form'
import { useDeleteAccount } from '../api/delete-account'

/**
 * Deleting the account for good, with the password. The server refuses while a subscription
 * would renew or an appointment is still to come; the card then links to where to do that first.
 */
export function DeleteAccountCard({ memberOnly }: { memberOnly: boolean }) {
  const { t } = useTranslation()
  const schema = z.object({ password: currentPassword(t) })
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { password: '' } })
  const { errors } = form.formState
  const remove = useDeleteAccount()
  const blocker = remove.error instanceof ApiError ? remove.error.code : undefined
  // Asks once more, in place, after the password is in: nothing is deleted by a single press.
  const [confirming, setConfirming] = useState(false)
  const keepRef = useRef<HTMLButtonElement>(null)
  const deleteRef = useRef<HTMLButtonElement>(null)
  const asked = useRef(false)
  // Focus follows the buttons as they swap: to the safe answer (a held or repeated Enter
  // must not delete), and back after "keep".
  useEffect(() => {
    if (confirming) keepRef.current?.focus()
    else if (asked.current) deleteRef.current?.focus()
    asked.current = confirming
  }, [confirming])
  const [refusals, setRefusals] = useState(0)
  useEffect(() => {
    if (refusals > 0) deleteRef.current?.focus()
  }, [refusals])

  const submit = form.handleSubmit((values) => {
    if (!confirming) {
      setConfirming(true)
      return
    }
    setConfirming(false)
    remove.mutate(values, {
      onError: (error) => {
        applyServerErrors(error, form, t)
        // a refusal names no field: back to the button (the alert is announced)
        if (!form.getFieldState('password').error) setRefusals((count) => count + 1)
      },
    })
  })

  return (
    <Card aria-labelledby="delete-account-title" data-testid="delete-account-card">
      <CardHeader>
        <CardTitle id="delete-account-title">{t('settings.deleteTitle')}</CardTitle>
        <CardDescription>{memberOnly ? t('settings.deleteHint') : t('settings.deleteNotHere')}</CardDescription>
      </CardHeader>
      {memberOnly && (
        <CardContent>
          <form noValidate onSubmit={submit} className="grid gap-4">
            <ul className="grid list-disc gap-1 pl-5 text-sm text-muted">
              <li>{t('settings.deleteGoes')}</li>
              <li>{t('settings.deleteStays')}</li>
              <li>{t('settings.deleteFirst')}</li>
            </ul>
            <FormAlert message={errors.root?.server?.message} />
            {blocker === 'SUBSCRIPTION_RENEWING' && (
              <Link to="/billing" className="text-sm font-medium text-brand-700 underline">
                {t('settings.deleteGoToPlan')}
              </Link>
            )}
            {blocker === 'APPOINTMENTS_UPCOMING' && (
              <Link
                to="/appointments"
                search={{ scope: 'upcoming', page: 1, size: 20 }}
                className="text-sm font-medium text-brand-700 underline"
              >
                {t('settings.deleteGoToAppointments')}
              </Link>
            )}
            <FormField label={t('settings.deletePassword')} error={errors.password?.message}>
              <Input type="password" autoComplete="current-password" required {...form.register('password')} />
            </FormField>
            {confirming ? (
              <div role="group" aria-labelledby="delete-account-question" className="grid gap-3">
                <p id="delete-account-question" className="text-sm font-medium text-ink">
                  {t('settings.deleteQuestion')}
                </p>
                <div className="flex flex-wrap gap-2">
                  <Button type="submit" className="bg-danger-600 text-white hover:bg-danger-700" data-testid="delete-account-confirm">
                    {t('settings.deleteConfirm')}
                  </Button>
                  <Button ref={keepRef} type="button" variant="ghost" onClick={() => setConfirming(false)}>
                    {t('settings.deleteKeep')}
                  </Button>
                </div>
              </div>
            ) : (
              <div>
                <Button ref={deleteRef} type="submit" variant="danger" pending={remove.isPending} data-testid="delete-account">
                  {t('settings.deleteSubmit')}
                </Button>
              </div>
            )}
          </form>
        </CardContent>
      )}
    </Card>
  )
}
