import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fillMessage, readMessageTable } from './message-table.ts';

const table = readMessageTable({
  cardLabel: { message: 'About $NAME$', placeholders: { name: { content: '$1' } } },
  price: { message: 'Costs $$$1 for $WHO$', placeholders: { WHO: { content: '$2' } } },
  plain: { message: 'Close' },
  broken: { text: 'no message field' },
});

test('named placeholders take their content, in any case, and $1… the substitutions', () => {
  assert.equal(fillMessage(table, 'cardLabel', ['Mark Carney']), 'About Mark Carney');
  assert.equal(fillMessage(table, 'price', ['5', 'two']), 'Costs $5 for two');
  assert.equal(fillMessage(table, 'plain', []), 'Close');
});

test('unknown keys and malformed entries give "", as the browser does', () => {
  assert.equal(fillMessage(table, 'broken', []), '');
  assert.equal(fillMessage(table, 'nothing', []), '');
  assert.equal(readMessageTable('not a table').size, 0);
});

test('every message of our English table fills without a $ left over', () => {
  const english = readMessageTable(JSON.parse(readFileSync(new URL('../../_locales/en/messages.json', import.meta.url), 'utf8')));
  assert.ok(english.size > 50);
  for (const key of english.keys()) {
    const filled = fillMessage(english, key, ['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    assert.doesNotMatch(filled, /\$/, key);
  }
});
