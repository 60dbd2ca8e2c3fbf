import { createLazyRoute } from '@tanstack/react-router'
import { SandboxCheckout } from '@/features/billing/components/sandbox-checkout'
import { PublicMain } from '../../components/public-main'

export const Route = createLazyRoute('/checkout/sandbox/$sessionId')({ component: SandboxCheckoutPage })

function SandboxCheckoutPage() {
  const { sessionId } = Route.useParams()
  return (
    <PublicMain>
      <SandboxCheckout sessionId={sessionId} />
    </PublicMain>
  )
}
