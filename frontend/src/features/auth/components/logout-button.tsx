import { LogOut } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Button } from '@/components/ui/button'
import { useLogout } from '../api/logout'

export function LogoutButton({ className }: { className?: string }) {
  const { t } = useTranslation()
  const logout = useLogout()
  return (
    <Button
      variant="ghost"
      size="sm"
      className={className}
      data-testid="nav-logout"
      pending={logout.isPending}
      onClick={() => logout.mutate()}
    >
      <LogOut aria-hidden="true" />
      {t('nav.logout')}
    </Button>
  )
}
