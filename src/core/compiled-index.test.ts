import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityColumns, entitySummaries, isCompiledIndex, keyedLists, keyLists, type EntitySummary } from './compiled-index.ts';
import { compileIndex } from './index-compiler.ts';
import { bundledRecords } from '../../dev/gold.ts';

test('entity summaries survive the columns of index.json, links to entities outside the index aside', () => {
  const summaries: EntitySummary[] = [
    { id: 'a-party', type: 'organization', kind: 'political party', country: 'CA' },
    { id: 'b-person', type: 'person', country: 'CA', links: ['a-party', 'not-in-the-index', 'c-bank'] },
    { id: 'c-bank', type: 'organization', kind: 'central bank' },
    { id: 'd-person', type: 'person', links: ['not-in-the-index'] },
    { id: 'e-other-party', type: 'organization', kind: 'political party', country: 'GB', links: ['a-party'] },
    { id: 'f-woman', type: 'person', gender: 'female', country: 'GB' },
    { id: 'g-man', type: 'person', gender: 'male' },
  ];
  const columns = entityColumns(summaries);
  assert.deepEqual(JSON.parse(JSON.stringify(entitySummaries(columns))), [
    summaries[0],
    { ...summaries[1], links: ['a-party', 'c-bank'] },
    summaries[2],
    { id: 'd-person', type: 'person' },
    summaries[4],
    summaries[5],
    summaries[6],
  ]);
  assert.equal(columns.types, 'opopofm');
  assert.deepEqual(entitySummaries(entityColumns([])), []);
});

test('the bundled dataset compiles to an index this version reads, with every entity summarized', () => {
  const records = bundledRecords();
  const { index } = compileIndex(records, '2026-01-01');
  const parsed: unknown = JSON.parse(JSON.stringify(index));
  assert.ok(isCompiledIndex(parsed));
  const summaries = entitySummaries(parsed.entities);
  assert.equal(summaries.length, records.length);
  const byId = new Map(summaries.map((s) => [s.id, s]));
  for (const record of records) {
    const summary = byId.get(record.id);
    assert.equal(summary?.type, record.type, record.id);
    assert.equal(summary.country, record.country, record.id);
    assert.equal(summary.gender, record.type === 'person' ? record.gender : undefined, record.id);
    for (const relation of record.relations ?? []) assert.ok(summary.links?.includes(relation.target), `${record.id} -> ${relation.target}`);
  }
});

test('a keyed table survives its two values in index.json', () => {
  const table = { 'Mark Carney': [4, 1], Carney: [4, 0, 9, 0], '350': [2] };
  const { keys, lists } = keyLists(JSON.parse(JSON.stringify(keyedLists(table))) as ReturnType<typeof keyedLists>);
  assert.deepEqual(Object.fromEntries(keys.map((key, i) => [key, lists[i]])), table);
  assert.deepEqual(keyLists(keyedLists({})), { keys: [], lists: [] });
  assert.throws(() => keyedLists({ 'two\nlines': [1] }));
});
