import { addDays, isIsoDate, todayIso } from '@/lib/format'

/** How far back and ahead a diary can be kept: the server's own limits (FoodDiary). */
export const DIARY_YEARS_BACK = 5
export const DIARY_DAYS_AHEAD = 366

/** The first and last day a diary entry can be written for, seen from `today`. */
export function diaryDateBounds(today: string = todayIso()): { min: string; max: string } {
  const year = String(Number(today.slice(0, 4)) - DIARY_YEARS_BACK).padStart(4, '0')
  const sameDay = `${year}${today.slice(4)}`
  // 29 February five years back is the 28th, as the server counts it
  const min = isIsoDate(sameDay) ? sameDay : `${year}${today.slice(4, 8)}28`
  return { min, max: addDays(today, DIARY_DAYS_AHEAD) }
}

/** Whether a diary can be kept for the date ("YYYY-MM-DD" compares as text). */
export function inDiaryRange(date: string, today: string = todayIso()): boolean {
  const { min, max } = diaryDateBounds(today)
  return date >= min && date <= max
}
