/** How far a consumed amount is towards its target, for rings and bars. */
export type Progress = {
  /** Whole percent of the target consumed (may exceed 100). */
  percent: number
  /** The share of the ring or bar to fill, 0–1 (capped at a full circle). */
  fill: number
  over: boolean
}

export function progressOf(consumed: number | null | undefined, target: number | null | undefined): Progress | null {
  if (target == null || !Number.isFinite(target) || target <= 0) return null
  const value = consumed != null && Number.isFinite(consumed) ? Math.max(0, consumed) : 0
  const ratio = value / target
  return { percent: Math.round(ratio * 100), fill: Math.min(1, ratio), over: ratio > 1 }
}

/** Dash lengths for an SVG circle of radius `r` drawing `fill` of its circumference. */
export function ringDash(fill: number, r: number): { dash: number; gap: number } {
  const circumference = 2 * Math.PI * r
  const dash = Math.max(0, Math.min(1, fill)) * circumference
  return { dash, gap: circumference - dash }
}

/** The share of energy each macro contributes (4/9/4 kcal per gram), in whole percent summing to 100. */
export function energySplit(proteinG: number, fatG: number, carbsG: number): { protein: number; fat: number; carbs: number } | null {
  const kcal = [proteinG * 4, fatG * 9, carbsG * 4]
  const total = kcal.reduce((sum, value) => sum + value, 0)
  if (!(total > 0)) return null
  const exact = kcal.map((value) => (value / total) * 100)
  const floors = exact.map(Math.floor)
  // Largest remainder: hand the missing points to the largest fractions so the parts add to 100.
  let missing = 100 - floors.reduce((sum, value) => sum + value, 0)
  const order = exact.map((value, index) => ({ index, rest: value - floors[index] })).sort((a, b) => b.rest - a.rest)
  for (const { index } of order) {
    if (missing <= 0) break
    floors[index] += 1
    missing -= 1
  }
  return { protein: floors[0], fat: floors[1], carbs: floors[2] }
}
