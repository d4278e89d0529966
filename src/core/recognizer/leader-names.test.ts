import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EntityLookup } from '../entity-lookup.ts';
import { compileIndex } from '../index-compiler.ts';
import type { EntityRecord } from '../entity-schema.ts';
import { foundMentions } from '../../../dev/found-mentions.ts';

const records: EntityRecord[] = [
  { id: 'unity-party', type: 'organization', name: 'Unity Party', kind: 'political party', description: 'x' },
  { id: 'mara-vell', type: 'person', name: 'Mara Vell', relations: [{ kind: 'party', target: 'unity-party' }], description: 'x' },
  { id: 'tom-quist', type: 'person', name: 'Tom Quist', description: 'a rugby player' },
  { id: 'ana-brandt', type: 'person', name: 'Ana Brandt', relations: [{ kind: 'party', target: 'unity-party' }], description: 'x' },
  { id: 'olaf-brandt', type: 'person', name: 'Olaf Brandt', relations: [{ kind: 'party', target: 'unity-party' }], description: 'x' },
];
const lookup = new EntityLookup(compileIndex(records, '2026-01-01', { givenNames: ['Mara', 'Tom', 'Ana', 'Olaf'], places: ['Lisbon'] }).index);

function found(...texts: string[]): string[] {
  return foundMentions(lookup, texts);
}

test('a surname before "administration" is the one politician of the dataset who bears it', () => {
  assert.deepEqual(found('Officials of the Vell administration said little.', 'Vell presidency records were sealed.'), ['Vell=mara-vell', 'Vell=mara-vell']);
});

test('a surname before "administration" is never a namesake who is no politician, nor one of several politicians', () => {
  assert.deepEqual(found('An adviser in the Quist administration once said so.'), ['Quist=P:Quist']);
  assert.deepEqual(found('The Brandt administration fell.'), []);
  assert.deepEqual(found('The Lisbon administration and the city administration agreed.'), []);
});
