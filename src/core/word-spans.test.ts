import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldedWordsOfBlocks } from './word-spans.ts';
import { foldText } from './text-fold.ts';
import { textHash } from './text-key-table.ts';

test('folds each block as foldText does, and finds the words of the folded text with their hashes', () => {
  const texts = ['Plain ASCII, no change.', 'Orbán met Zelenskyy\u2019s aide \u2014 “in Kyiv”.', '', 'Łódź  and São\u00a0Paulo', 'e\u0301clair 2024'];
  const { folded, words } = foldedWordsOfBlocks(texts);
  assert.deepEqual(folded, texts.map(foldText));
  // A block that folding leaves as it is is the same string, not a copy.
  assert.equal(folded[0], texts[0]);
  const found = folded.map((text, b) => words[b]!.starts.map((start, i) => text.slice(start, words[b]!.ends[i])));
  assert.deepEqual(found[1], ['Orban', 'met', 'Zelenskyy', 's', 'aide', 'in', 'Kyiv']);
  assert.deepEqual(found[2], []);
  assert.deepEqual(found[3], ['Łodz', 'and', 'Sao', 'Paulo']);
  assert.deepEqual(found[4], ['e\u0301clair', '2024']);
  folded.forEach((text, b) => words[b]!.starts.forEach((start, i) => assert.equal(words[b]!.hashes[i], textHash(text, start, words[b]!.ends[i]!))));
});
