import { useProfile } from '@/features/profile/api/get-profile'
import { isTimeZone } from '@/features/scheduling/utils/zoned-time'
import { browserTimeZone } from '@/lib/format'

/** The member's own zone from the profile (what the diary uses too), else the browser's. */
export function useViewerZone(): string {
  const profile = useProfile()
  const zone = profile.data?.timezone
  return isTimeZone(zone) ? zone : browserTimeZone()
}
