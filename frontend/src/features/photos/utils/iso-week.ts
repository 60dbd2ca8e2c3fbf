import { addDays, getISOWeekYear, isValid, parse } from 'date-fns'

/** The Monday and Sunday (local dates) of an ISO week such as "2026-W48"; null for anything else. */
export function isoWeekDays(week: string): { monday: Date; sunday: Date } | null {
  if (!/^\d{4}-W\d{2}$/.test(week)) return null
  const monday = parse(week, "RRRR-'W'II", new Date(2000, 0, 1))
  // a week 53 the year does not have lands in the next ISO year
  if (!isValid(monday) || getISOWeekYear(monday) !== Number(week.slice(0, 4))) return null
  return { monday, sunday: addDays(monday, 6) }
}
