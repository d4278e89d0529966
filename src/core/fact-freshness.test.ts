import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, mayHaveChanged } from './fact-freshness.ts';

test('months are added on the calendar, keeping the day where the month has it', () => {
  assert.equal(addMonths('2025-06-01', 6), '2025-12-01');
  assert.equal(addMonths('2025-08-31', 6), '2026-02-28');
  assert.equal(addMonths('2023-08-31', 6), '2024-02-29');
  assert.equal(addMonths('2025-12-15', 1), '2026-01-15');
});

test('facts may have changed once the check is more than six months older than the article or today', () => {
  // Checked within six months of both: no warning.
  assert.equal(mayHaveChanged('2026-06-30', '2026-10-01', '2026-12-07'), false);
  // Exactly six months is still fresh; a day more is not.
  assert.equal(mayHaveChanged('2026-06-07', '2026-06-07', '2026-12-07'), false);
  assert.equal(mayHaveChanged('2026-06-06', '2026-06-07', '2026-12-07'), true);
  // An old article with a recent check: today decides.
  assert.equal(mayHaveChanged('2025-06-01', '2020-03-01', '2025-09-01'), false);
  assert.equal(mayHaveChanged('2025-06-01', '2020-03-01', '2026-12-07'), true);
  // An article dated after today (a clock set wrong): the article's date counts too.
  assert.equal(mayHaveChanged('2025-06-01', '2026-12-07', '2025-07-01'), true);
});
