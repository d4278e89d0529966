import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatPartialDate } from './date-format.ts';

test("a full date in the reader's language", () => {
  assert.equal(formatPartialDate('2025-06-01', 'en-GB'), '1 Jun 2025');
  assert.equal(formatPartialDate('2025-06-01', 'en-US'), 'Jun 1, 2025');
  assert.equal(formatPartialDate('2025-06-01', 'de'), '1. Juni 2025');
  assert.equal(formatPartialDate('2025-06-01', 'fr'), '1 juin 2025');
  assert.equal(formatPartialDate('2025-06-01', 'ja'), '2025年6月1日');
});

test('a month-precise date shows month and year, a year-precise date the year', () => {
  assert.equal(formatPartialDate('2026-03', 'en-US'), 'March 2026');
  assert.equal(formatPartialDate('2026-03', 'es'), 'marzo de 2026');
  assert.equal(formatPartialDate('2024', 'en-US'), '2024');
  assert.equal(formatPartialDate('2024', 'ar-EG'), '٢٠٢٤');
});

test('the day does not shift across time zones, and a bad language tag falls back to English', () => {
  assert.equal(formatPartialDate('2025-01-01', 'en-US'), 'Jan 1, 2025');
  assert.equal(formatPartialDate('2025-12-31', 'en-US'), 'Dec 31, 2025');
  assert.equal(formatPartialDate('2025-12-31', 'not a tag!'), 'Dec 31, 2025');
});
