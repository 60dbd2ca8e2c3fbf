import type { Shape } from '../shape'
import type { es } from './es'

/** Must have exactly the Spanish keys (checked when compiling). */
export const en: Shape<typeof es> = {
  photos: {
    title: 'Add from a photo',
    description: 'Take or pick a photo of your plate: we suggest the foods and you decide what is logged.',
    meal: 'Meal',
    choose: 'Take or choose a photo',
    wrongType: 'The photo must be JPEG, PNG or WebP.',
    tooLarge: 'The photo is larger than 10 MB.',
    uploading: 'Uploading the photo… {{percent}} %',
    uploadProgress: 'Upload progress',
    analysing: 'Analysing the photo…',
    invalidImage: 'That file is not an image we can read. Try another photo.',
    failed: 'We could not analyse the photo now. We will retry; meanwhile, add the foods with the search.',
    noFood: 'We did not recognise any food in the photo. Add the foods with the search.',
    noRecognizer: 'This server has no image recognition configured: the photo was saved, but pick the foods yourself with the search.',
    check: 'Check what we saw: untick what is not there and adjust the amounts.',
    seenAs: 'Seen as “{{label}}” ({{confidence}} %)',
    kcal: '{{kcal}} kcal',
    count: 'Amount of {{food}}',
    portion: 'Portion of {{food}}',
    grams: 'Grams of {{food}}',
    confirm_one: 'Add {{count}} food to the diary',
    confirm_other: 'Add {{count}} foods to the diary',
    added_one: '{{count}} food added to the diary.',
    added_other: '{{count}} foods added to the diary.',
    weekly: {
      title: 'Weekly summary',
      description: 'Your last complete week in a few sentences.',
      week: 'Week {{week}}',
      planRequired: 'The weekly summary is part of the paid plans.',
      seePlans: 'See plans',
      consent: 'Let an AI write my summary from my daily totals (your name, email and birth date are never sent).',
      source: {
        AI: 'Written by AI',
        CACHED: 'Written by AI (saved; the AI is not answering now)',
        LOCAL: 'Summary from your data',
      },
    },
  },
}
