import * as account from './account/en'
import * as accountEs from './account/es'
import * as auth from './auth/en'
import * as authEs from './auth/es'
import * as billing from './billing/en'
import * as billingEs from './billing/es'
import * as common from './common/en'
import * as commonEs from './common/es'
import * as foodImports from './food-imports/en'
import * as foodImportsEs from './food-imports/es'
import * as gamification from './gamification/en'
import * as gamificationEs from './gamification/es'
import * as notifications from './notifications/en'
import * as notificationsEs from './notifications/es'
import * as nutrition from './nutrition/en'
import * as nutritionEs from './nutrition/es'
import * as outbox from './outbox/en'
import * as outboxEs from './outbox/es'
import * as photos from './photos/en'
import * as photosEs from './photos/es'
import * as problems from './problems/en'
import * as problemsEs from './problems/es'
import * as profile from './profile/en'
import * as profileEs from './profile/es'
import * as reporting from './reporting/en'
import * as reportingEs from './reporting/es'
import * as scheduling from './scheduling/en'
import * as schedulingEs from './scheduling/es'
import type { Shape } from './shape'

// One file per feature and language (locales/<feature>/es.ts and en.ts), one i18next namespace.
// Each en.ts is typed with its es.ts's keys, and the whole English tree with the whole Spanish one.

export const es = {
  ...commonEs.es,
  ...problemsEs.es,
  ...authEs.es,
  ...accountEs.es,
  ...profileEs.es,
  ...foodImportsEs.es,
  ...outboxEs.es,
  ...nutritionEs.es,
  ...schedulingEs.es,
  ...billingEs.es,
  ...gamificationEs.es,
  ...notificationsEs.es,
  ...reportingEs.es,
  ...photosEs.es,
}

/** Every other language must provide exactly the same keys. */
export type Translations = Shape<typeof es>

export const en: Translations = {
  ...common.en,
  ...problems.en,
  ...auth.en,
  ...account.en,
  ...profile.en,
  ...foodImports.en,
  ...outbox.en,
  ...nutrition.en,
  ...scheduling.en,
  ...billing.en,
  ...gamification.en,
  ...notifications.en,
  ...reporting.en,
  ...photos.en,
}
