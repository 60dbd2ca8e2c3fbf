import '@/i18n'
import './index.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { AppProvider } from '@/app/provider'
import { restoreSession } from '@/lib/auth-session'

// Resume a session from the refresh cookie before the first route guard runs.
void restoreSession()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProvider />
  </StrictMode>,
)
