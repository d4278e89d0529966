/**
 * How old a record's current facts are. A role without an end date is only
 * known to hold on the record's `checked` day; the card says so, and warns
 * when that day is more than six months before the article's date or today.
 */

export const STALE_AFTER_MONTHS = 6;

/** `YYYY-MM-DD` plus whole months; a day the target month lacks becomes its last day (31 Aug + 6 = 28 or 29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7)) - 1 + months;
  const target = new Date(Date.UTC(year, month, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(Number(isoDate.slice(8, 10)), lastDay));
  return target.toISOString().slice(0, 10);
}

/** True when facts confirmed on `checked` are more than six months older than the article's date or today. */
export function mayHaveChanged(checked: string, asOf: string, today: string): boolean {
  const limit = addMonths(checked, STALE_AFTER_MONTHS);
  return limit < asOf || limit < today;
}
