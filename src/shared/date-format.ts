/**
 * Dates as the reader's language writes them. Dataset dates are as precise as
 * their source, so a month shows as month and year, a year as the year alone.
 * No browser API here, so Node tests can check every locale.
 */

export function formatPartialDate(value: string, locale: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return value;
  const options: Intl.DateTimeFormatOptions =
    day !== undefined ? { day: 'numeric', month: 'short', year: 'numeric' } : month !== undefined ? { month: 'long', year: 'numeric' } : { year: 'numeric' };
  // Noon UTC, formatted in UTC: the day never shifts with the reader's time zone.
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1, 12));
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
  } catch {
    // A malformed language tag (RangeError): English rather than no date at all.
    return new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' }).format(date);
  }
}
