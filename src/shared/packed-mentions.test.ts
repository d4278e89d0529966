import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../core/mention.ts';
import { packMentions, unpackMentions } from './packed-mentions.ts';

const mentions: Mention[] = [
  { block: 0, start: 0, end: 11, entityId: 'mark-carney', type: 'person' },
  { block: 0, start: 20, end: 24, entityId: 'nato', type: 'organization' },
  { block: 7, start: 105, end: 111, entityId: 'mark-carney', type: 'person' },
];

test('mentions come back unchanged, each entity listed once', async () => {
  const packed = packMentions(mentions);
  assert.equal(packed.entities.length, 2);
  assert.deepEqual(await unpackMentions(packed), mentions);
  assert.deepEqual(await unpackMentions(packMentions([])), []);
});

test('extras travel with their mention and are checked', async () => {
  const described = [...mentions];
  described[1] = { ...mentions[1]!, descriptor: 'the alliance' } as Mention;
  const packed = packMentions(described);
  assert.equal(packed.extras.length, 1);
  assert.deepEqual(await unpackMentions(packed), described);
  await assert.rejects(unpackMentions({ ...packed, extras: [{ at: 1, extra: { descriptor: 7 } as never }] }), /malformed/);
  await assert.rejects(unpackMentions({ ...packed, extras: [{ at: 3, extra: {} }] }), /malformed/);
});

test('unpacking pauses when asked to', async () => {
  let pauses = 0;
  const unpacked = await unpackMentions(packMentions(mentions), { due: () => true, yield: async () => void pauses++ });
  assert.deepEqual(unpacked, mentions);
  assert.equal(pauses, 3);
});

test('a malformed span is refused', async () => {
  const entities = packMentions(mentions).entities;
  for (const spans of ['0,0,11;', '0,0,11,0', '0,5,1,0;', '0,0,11,9;', '0,-1,11,0;', '0,0,11,0;x', ',0,11,0;', '0,0,11,0,1;', '0,0,1234567890,0;']) {
    await assert.rejects(unpackMentions({ entities, spans, extras: [] }), /malformed/, spans);
  }
});
