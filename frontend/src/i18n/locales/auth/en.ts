import type { Shape } from '../shape'
import type { es } from './es'

/** Must have exactly the Spanish keys (checked when compiling). */
export const en: Shape<typeof es> = {
  auth: {
    email: 'Email',
    password: 'Password',
    newPassword: 'New password',
    displayName: 'Name',
    passwordHint_one: 'At least {{count}} character. Avoid common or easy-to-guess passwords.',
    passwordHint_other: 'At least {{count}} characters. Avoid common or easy-to-guess passwords.',
    backToLogin: 'Back to sign in',
    login: {
      title: 'Welcome back',
      description: 'Sign in to see your profile and your daily targets.',
      submit: 'Sign in',
      forgot: 'Forgot your password?',
      noAccount: "Don't have an account yet?",
      createAccount: 'Create one',
      reasons: {
        registered: 'Account created. We sent you an email to verify your address; you can sign in now.',
        'password-changed': 'You changed your password and we signed you out everywhere. Sign in with the new one.',
        'password-reset': 'Password reset. Sign in with your new password.',
        'account-deleted': 'Your account and your data have been deleted. Thank you for the time you spent with Vitalia.',
        'session-expired': 'Your session has expired. Sign in again to continue.',
      },
    },
    register: {
      title: 'Create your account',
      description: 'Work out your energy needs and follow your progress, calmly.',
      submit: 'Create account',
      haveAccount: 'Already have an account?',
      signIn: 'Sign in',
    },
    forgot: {
      title: 'Reset your password',
      description: "Enter your email and we'll send you a link to choose a new password.",
      submit: 'Send link',
      sent: 'If there is an account for {{email}}, you will receive an email with a link in a few minutes.',
    },
    reset: {
      title: 'Choose a new password',
      description: 'Saving it signs you out of every open session.',
      submit: 'Save password',
      missingToken: 'The link is missing its code. Open the full link from the email or request a new one.',
      requestNew: 'Request a new link',
    },
    verify: {
      title: 'Email verification',
      checking: 'Checking your link…',
      success: 'Done! Your email address is verified.',
      missingToken: 'The verification code is missing. Open the full link from the email.',
      resend: 'Resend verification email',
      resent: 'We sent you a new verification email.',
      resendHint: 'Has the link expired? Ask for a new one.',
      continue: 'Go to my profile',
      toLogin: 'Sign in',
    },
  },
  verificationBanner: {
    text: 'Confirm your email {{email}} using the link we sent you.',
  },
}
