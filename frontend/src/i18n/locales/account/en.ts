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
    deleteTitle: 'Delete your account',
    deleteHint: 'This cannot be undone: there is no copy to bring it back from.',
    deleteNotHere: 'Clinician and admin accounts are closed by an admin, who takes the role away first.',
    deleteGoes:
      'Your profile and weights, food diary and own foods, points and badges, notifications, meal photos, weekly summaries and sign-ins are erased at once, and your email can be used for a new account.',
    deleteStays:
      'Payments stay for the accounts the law requires, and past appointments stay in the clinician’s agenda, without your name, email or reason for the visit.',
    deleteFirst:
      'Before: download your data if you want a copy, cancel your subscription so it does not renew, and cancel any appointment still to come.',
    deletePassword: 'Your password, to confirm',
    deleteSubmit: 'Delete my account',
    deleteQuestion: 'Delete your account and all your data for good?',
    deleteConfirm: 'Yes, delete for good',
    deleteKeep: 'Keep my account',
    deleteGoToPlan: 'Go to my plan',
    deleteGoToAppointments: 'Go to my appointments',
  },
}
