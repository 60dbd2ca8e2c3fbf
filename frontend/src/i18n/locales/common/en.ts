import type { Shape } from '../shape'
import type { es } from './es'

/** Must have exactly the Spanish keys (checked when compiling). */
export const en: Shape<typeof es> = {
  common: {
    loading: 'Loading…',
    save: 'Save',
    choose: 'Choose an option',
  },
  languages: { es: 'Español', en: 'English' },
  nav: {
    main: 'Main navigation',
    home: 'Vitalia, home',
    today: 'Today',
    trends: 'Trends',
    foods: 'My foods',
    appointments: 'Appointments',
    agenda: 'Agenda',
    availability: 'Availability',
    patients: 'Patients',
    clinicians: 'Clinicians',
    allAppointments: 'All appointments',
    profile: 'Profile',
    settings: 'Settings',
    foodImports: 'Catalog',
    outbox: 'Outbox',
    progress: 'Progress',
    gamification: 'Gamification',
    login: 'Sign in',
    register: 'Create account',
    logout: 'Sign out',
    language: 'Language',
    skip: 'Skip to content',
  },
  footer: {
    disclaimer: 'Vitalia provides guidance estimates and does not replace advice from a health professional.',
  },
  notFound: {
    title: 'Page not found',
    text: 'This address does not exist or has moved.',
    home: 'Back to start',
  },
  forbidden: {
    title: 'Restricted area',
    text: 'This section is only available to administrators.',
  },
  errors: {
    unexpected: 'Something went wrong. Please try again in a moment.',
    network: 'We cannot reach the server. Check your connection and try again.',
    checkFields: 'Please check the highlighted fields.',
    tooManyRequests: 'Too many attempts. Please wait a moment before trying again.',
    tooManyRequestsRetry_one: 'Too many attempts. Try again in {{count}} second.',
    tooManyRequestsRetry_other: 'Too many attempts. Try again in {{count}} seconds.',
  },
  table: {
    pagination: 'Pagination',
    pageOf: 'Page {{page}} of {{pages}} · {{total}} in total',
    previous: 'Previous',
    next: 'Next',
  },
  validation: {
    required: 'This field is required.',
    email: 'Enter a valid email address.',
    passwordLength_one: 'The password must be at least {{count}} character long.',
    passwordLength_other: 'The password must be at least {{count}} characters long.',
    date: 'Enter a valid date.',
    ageRange: 'Age must be between {{min}} and {{max}} years.',
    choose: 'Choose an option.',
    number: 'Enter a number.',
    range: 'Enter a value between {{min}} and {{max}} {{unit}}.',
    timezone: 'Choose a time zone from the list, for example Europe/Madrid.',
  },
}
