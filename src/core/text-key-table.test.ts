import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextKeyTable, joinHashes, textHash } from './text-key-table.ts';

test('finds a key by a range of a longer text, and only the exact range', () => {
  const table = new TextKeyTable(['Mark Carney', 'Mark', 'NATO', 'Zelenskyy']);
  const text = 'Prime Minister Mark Carney met NATO officials.';
  const at = text.indexOf('Mark');
  assert.equal(table.indexOfRange(text, at, at + 'Mark Carney'.length), 0);
  assert.equal(table.indexOfRange(text, at, at + 4), 1);
  assert.equal(table.indexOfRange(text, text.indexOf('NATO'), text.indexOf('NATO') + 4), 2);
  // A prefix or an overlong range of a key is not the key.
  assert.equal(table.indexOfRange(text, at, at + 3), -1);
  assert.equal(table.indexOfRange(text, at, at + 'Mark Carney '.length), -1);
  assert.equal(table.indexOf('Zelenskyy'), 3);
  assert.equal(table.indexOf('Zelensky'), -1);
  assert.equal(table.indexOf(''), -1);
});

test('every key of a large table is found at its own index, and none that is not a key', () => {
  // Enough keys that many share a slot's neighbourhood and probing has to walk past others.
  const keys = Array.from({ length: 5000 }, (_, i) => `Name${i.toString(36)} ${i % 7}`);
  const table = new TextKeyTable(keys);
  keys.forEach((key, i) => assert.equal(table.indexOf(key), i));
  for (let i = 5000; i < 6000; i++) assert.equal(table.indexOf(`Name${i.toString(36)} ${i % 7}`), -1);
  // Keys beyond ASCII and the empty table.
  assert.equal(new TextKeyTable(['Orbán', 'Erdoğan']).indexOf('Erdoğan'), 1);
  assert.equal(new TextKeyTable([]).indexOf('anything'), -1);
});

test('a caseless table matches ASCII letters in either case, and nothing else loosely', () => {
  const table = new TextKeyTable(['president', 'ceo', 'co-founder'], true);
  const text = 'PRESIDENT President president CEO Co-Founder presidents';
  const find = (word: string, from = 0) => {
    const at = text.indexOf(word, from);
    return table.indexOfRange(text, at, at + word.length);
  };
  assert.equal(find('PRESIDENT'), 0);
  assert.equal(find('President'), 0);
  assert.equal(find('president'), 0);
  assert.equal(find('CEO'), 1);
  assert.equal(find('Co-Founder'), 2);
  assert.equal(find('presidents'), -1);
  // A case-sensitive table keeps case apart.
  assert.equal(new TextKeyTable(['president']).indexOf('President'), -1);
});

test('a hash continued from the hash of a range is the hash of the longer range, and finds its key', () => {
  const table = new TextKeyTable(['Joe Biden', 'Joe']);
  const text = 'said Joe Biden today';
  const start = text.indexOf('Joe');
  const first = textHash(text, start, start + 3);
  assert.equal(textHash(text, start + 3, start + 9, first), textHash(text, start, start + 9));
  assert.equal(table.indexOfRange(text, start, start + 9, textHash(text, start + 3, start + 9, first)), 0);
  assert.equal(table.indexOfRange(text, start, start + 3, first), 1);
});

test('the hash of two texts joined is their hashes joined, whatever the length of the second', () => {
  const head = 'Joe';
  for (const tail of [' Biden', '', ' ' + 'Zelenskyy'.repeat(9)]) {
    assert.equal(joinHashes(textHash(head, 0, head.length), textHash(tail, 0, tail.length), tail.length), textHash(head + tail, 0, head.length + tail.length));
  }
});
