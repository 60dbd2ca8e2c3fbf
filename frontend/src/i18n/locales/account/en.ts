import type { Shape } from '../shape'
import type { es } from './es'

/** Must have exactly the Spanish keys (checked when compiling). */
export const en: Shape<typeof es> = {
  settings: {
    title: 'Account settings',
    description: 'Manage your sign-in details, language and security.',
    account: 'Account',
    accountHint: 'Your name appears in the app and in emails.',
    verified: 'Verified',
    unverified: 'Not verified',
    saved: 'Changes saved.',
    verification: 'Email verification',
    verificationHint: 'You have not confirmed {{email}} yet. We can send you a new link.',
    languageTitle: 'Language',
    language: 'Language for the app and emails',
    languageHint: 'The change applies immediately.',
    passwordTitle: 'Password',
    passwordHint: 'Changing it signs you out of every session, including this one.',
    currentPassword: 'Current password',
    changePassword: 'Change password',
    sessionsTitle: 'Where you are signed in',
    sessionsHint_one:
      'Each browser or app signed in to your account. A device you sign out can no longer renew its access, and what it has open stops working within {{count}} minute. If you think someone knows your password, change it: that signs out every device at once.',
    sessionsHint_other:
      'Each browser or app signed in to your account. A device you sign out can no longer renew its access, and what it has open stops working within {{count}} minutes. If you think someone knows your password, change it: that signs out every device at once.',
    thisDevice: 'This device',
    unknownDevice: 'Unknown device',
    signedInAt: 'Signed in {{date}}',
    lastActiveAt: 'Last active {{date}}',
    signOutDevice: 'Sign out',
    signOutOthers_one: 'Sign out the other device',
    signOutOthers_other: 'Sign out the other {{count}} devices',
    signOutConfirm: 'Yes, sign out',
    signOutKeep: 'Keep',
    signedOutOthers_one: 'The other device has been signed out.',
    signedOutOthers_other: '{{count}} devices have been signed out.',
    dataTitle: 'Your data',
    dataHint:
      'Download a copy of everything Vitalia keeps about you, including your account, profile and weights, food diary with your own foods and recipes, appointments, subscription and payments, points, notifications, meal photos (what was recognised in them, not the images) and weekly summaries. It is one JSON file that other apps can read.',
    dataDownload: 'Download my data',
    dataDownloaded: 'Your copy has been downloaded.',
  },
}
