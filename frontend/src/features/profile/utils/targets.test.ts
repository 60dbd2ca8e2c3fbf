import { describe, expect, it } from 'vitest'
import { ageOn, previewTargets, type TargetInput } from './targets'

const today = new Date(2026, 0, 10)

const woman: TargetInput = {
  birthDate: '1990-05-15',
  sex: 'FEMALE',
  heightCm: 165,
  weightKg: 60,
  activityLevel: 'MODERATE',
  goal: 'MAINTAIN',
}

describe('ageOn', () => {
  it('counts whole years, turning over on the birthday', () => {
    expect(ageOn('1990-05-15', new Date(2026, 4, 14))).toBe(35)
    expect(ageOn('1990-05-15', new Date(2026, 4, 15))).toBe(36)
  })
})

describe('previewTargets', () => {
  it('applies Mifflin–St Jeor and the activity factor', () => {
    // 10·60 + 6.25·165 − 5·35 − 161 = 1295.25; ×1.55 = 2007.64
    const preview = previewTargets(woman, today)
    expect(preview.bmr).toBe(1295)
    expect(preview.tdee).toBe(2008)
    expect(preview.calories).toBe(2008)
  })

  it('adds 5 kcal instead of subtracting 161 for men', () => {
    expect(previewTargets({ ...woman, sex: 'MALE' }, today).bmr).toBe(1461)
  })

  it('never plans a deficit below the BMR or the sex-specific floor', () => {
    const sedentaryLoss = previewTargets({ ...woman, activityLevel: 'SEDENTARY', goal: 'LOSE' }, today)
    // TDEE 1554.3 − 500 = 1054.3 < 1295.25 (BMR) → BMR wins
    expect(sedentaryLoss.calories).toBe(1295)
  })

  it('adds a 300 kcal surplus to gain weight', () => {
    expect(previewTargets({ ...woman, goal: 'GAIN' }, today).calories).toBe(2308)
  })

  it('splits macros so that they add up to the calories', () => {
    const preview = previewTargets(woman, today)
    const kcal = preview.proteinG * 4 + preview.fatG * 9 + preview.carbsG * 4
    expect(Math.abs(kcal - preview.calories)).toBeLessThan(15)
  })
})
