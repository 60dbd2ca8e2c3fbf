import { beforeAll, describe, expect, it } from 'vitest'
import i18n from '@/i18n'
import { draftFromProfile, type ProfileDraft, readDraft } from './profile-draft'

const today = new Date(2026, 0, 10)
const valid: ProfileDraft = {
  birthDate: '1990-05-15',
  sex: 'FEMALE',
  heightCm: '165',
  weightKg: '60,5',
  activityLevel: 'MODERATE',
  goal: 'MAINTAIN',
  timezone: 'Europe/Madrid',
}

describe('readDraft', () => {
  beforeAll(() => i18n.changeLanguage('en'))
  const t = i18n.t.bind(i18n)

  it('turns a valid draft into the PUT body, accepting decimal commas', () => {
    expect(readDraft(valid, t, today)).toEqual({
      errors: {},
      input: { ...valid, heightCm: 165, weightKg: 60.5 },
    })
  })

  it('applies the server ranges for height, weight and age', () => {
    const { input, errors } = readDraft({ ...valid, heightCm: '251', weightKg: '29', birthDate: '2015-01-01' }, t, today)
    expect(input).toBeUndefined()
    expect(Object.keys(errors).sort()).toEqual(['birthDate', 'heightCm', 'weightKg'])
    expect(errors.heightCm).toBe('Enter a value between 100 and 250 cm.')
  })

  it('rejects unknown time zones and missing choices', () => {
    const { errors } = readDraft({ ...valid, timezone: 'Mars/Olympus', sex: '', goal: '' }, t, today)
    expect(errors).toMatchObject({ timezone: expect.any(String), sex: 'Choose an option.', goal: 'Choose an option.' })
  })
})

describe('draftFromProfile', () => {
  it('defaults the time zone for a new profile', () => {
    expect(draftFromProfile(undefined, 'Europe/Madrid').timezone).toBe('Europe/Madrid')
  })
})
