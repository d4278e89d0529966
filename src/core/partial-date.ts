/**
 * Dates in the dataset are as precise as their source: `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`. Comparisons treat a partial date as its first day.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `value` is a well-formed date that exists in the calendar. */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(Number(m[1]), month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `2025-03` becomes `2025-03-01`; comparisons then work on plain strings. */
export function firstDay(value: string): string {
  if (value.length === 4) return `${value}-01-01`;
  if (value.length === 7) return `${value}-01`;
  return value;
}

export function comparePartialDates(a: string, b: string): number {
  const x = firstDay(a);
  const y = firstDay(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The year of a partial date. */
export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}

/** Whole years from a full date to `on`; undefined when `from` lacks the day. */
export function yearsBetween(from: string, on: string): number | undefined {
  if (from.length < 10) return undefined;
  let years = yearOf(on) - yearOf(from);
  if (on.slice(5) < from.slice(5)) years -= 1;
  return years;
}

/** Today's date in UTC as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Reads the calendar date out of an ISO-8601 timestamp or date, or undefined. */
export function isoDateOf(value: string): string | undefined {
  const m = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value);
  return m?.[1] !== undefined && isPartialDate(m[1]) ? m[1] : undefined;
}
