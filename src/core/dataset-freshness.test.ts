import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshnessLine } from './dataset-freshness.ts';
import type { EntityRecord } from './entity-schema.ts';

const record = (id: string, checked?: string, uncertain?: string): EntityRecord => ({
  id,
  type: 'person',
  name: id,
  description: 'x',
  ...(checked ? { checked } : {}),
  ...(uncertain ? { uncertain } : {}),
});

test('checked days are counted by half-year, with the records that carry uncertain', () => {
  const line = freshnessLine([
    record('a', '2025-06-01'),
    record('b', '2025-06-30'),
    record('c', '2025-07-01', 'maybe'),
    record('d', '2026-02-18'),
    record('e'),
  ]);
  assert.equal(line, 'checked: 4 records (2025-H1 2, 2025-H2 1, 2026-H1 1); uncertain: 1');
  assert.equal(freshnessLine([record('e')]), 'checked: 0 records (none); uncertain: 0');
});
