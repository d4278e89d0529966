import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_TEXT_CHARS } from '../shared/messages.ts';
import { addTexts, takeTexts } from './text-sessions.ts';

test('a session gives back its blocks in order, once', () => {
  assert.ok(addTexts('a', ['one', 'two']));
  assert.ok(addTexts('b', ['other']));
  assert.ok(addTexts('a', ['three']));
  assert.deepEqual(takeTexts('a'), ['one', 'two', 'three']);
  assert.equal(takeTexts('a'), undefined);
  assert.deepEqual(takeTexts('b'), ['other']);
});

test('a session that grows past one request is dropped', () => {
  assert.ok(addTexts('big', ['x'.repeat(MAX_TEXT_CHARS - 10)]));
  assert.equal(addTexts('big', ['y'.repeat(11)]), false);
  assert.equal(takeTexts('big'), undefined);
});
