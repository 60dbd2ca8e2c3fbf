import { useTranslation } from 'react-i18next'

/** Name and email are null once the member deleted their account (their billing records stay). */
export type Named = { displayName: string | null; email: string | null }

/** A member in an admin table's cell: the name with the email under it, or that the account was deleted. */
export function MemberName({ member }: { member: Named }) {
  const { t } = useTranslation()
  if (member.displayName == null) return <span className="text-muted">{t('billing.admin.deletedMember')}</span>
  return (
    <>
      {member.displayName}
      <span className="block text-xs text-muted">{member.email}</span>
    </>
  )
}
