/** The billing periods a plan can have (ISO 8601 periods, as the server takes them). */
export const planPeriods = ['P1M', 'P1Y', 'P30D'] as const

/** The plan features the product acts on (recognition's PHOTO_ANALYSIS, insights' AI_SUMMARY). */
export const knownFeatures = ['PHOTO_ANALYSIS', 'AI_SUMMARY'] as const
export type KnownFeature = (typeof knownFeatures)[number]

export function isKnownFeature(code: string): code is KnownFeature {
  return (knownFeatures as readonly string[]).includes(code)
}

/**
 * The features a member is told a plan includes: those the product acts on, in the plan's order.
 * Any other code an admin typed unlocks nothing, so it is not promised (the plan's description is
 * where an admin describes the rest).
 */
export function memberFeatures(features: readonly string[]): KnownFeature[] {
  return features.filter(isKnownFeature)
}

export type PlanPeriod = (typeof planPeriods)[number]

export function isPlanPeriod(period: string): period is PlanPeriod {
  return (planPeriods as readonly string[]).includes(period)
}
