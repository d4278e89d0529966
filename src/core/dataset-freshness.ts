/** How fresh the dataset's current facts are, for `npm run data:check` and the README. */
import type { EntityRecord } from './entity-schema.ts';

/** One line: records with a `checked` day, counted by half-year, and how many carry `uncertain`. */
export function freshnessLine(records: readonly EntityRecord[]): string {
  const halves = new Map<string, number>();
  let checked = 0;
  let uncertain = 0;
  for (const record of records) {
    if (record.uncertain !== undefined) uncertain++;
    if (record.checked === undefined) continue;
    checked++;
    const half = `${record.checked.slice(0, 4)}-H${Number(record.checked.slice(5, 7)) <= 6 ? 1 : 2}`;
    halves.set(half, (halves.get(half) ?? 0) + 1);
  }
  const parts = [...halves].sort(([a], [b]) => (a < b ? -1 : 1)).map(([half, n]) => `${half} ${n}`);
  return `checked: ${checked} records (${parts.join(', ') || 'none'}); uncertain: ${uncertain}`;
}
