import { test } from 'node:test';
import assert from 'node:assert/strict';
import { beginsLongerChainPart, creditChain } from './credit-chains.ts';
import { EntityLookup } from '../entity-lookup.ts';
import { compileIndex } from '../index-compiler.ts';
import type { EntityRecord } from '../entity-schema.ts';
import { foundMentions } from '../../../dev/found-mentions.ts';

const records: EntityRecord[] = [
  { id: 'lumen-pictures', type: 'organization', name: 'Lumen Pictures', description: 'x' },
  { id: 'lumen-trust', type: 'organization', name: 'Lumen Art Trust', shortNames: ['Lumen'], description: 'x' },
];
const lookup = new EntityLookup(compileIndex(records, '2026-01-01', { givenNames: ['Hana'], places: [] }).index);

function found(...texts: string[]): string[] {
  return foundMentions(lookup, texts);
}

test('a chain is a whole short block of three names or more between slashes, a handle first at most', () => {
  assert.deepEqual(
    creditChain('(Orla Fenn Images/Brightleaf/Lumen)')?.map((p) => p.handle),
    [false, false, false],
  );
  assert.deepEqual(
    creditChain('kestrel_77/iStock/Lumen Pictures')?.map((p) => p.handle),
    [true, false, false],
  );
  assert.equal(creditChain('Orla Fenn Images/Lumen'), undefined);
  assert.equal(creditChain('We read it at 9/11 and again at 10/12, then went home/back.'), undefined);
  assert.equal(creditChain('Lumen/iStock/kestrel_77'), undefined);
});

test('a name that only begins a part of a chain is not that part', () => {
  const text = 'Hana Ilves/Lumen Pictures Archive/Lumen Pictures';
  assert.equal(beginsLongerChainPart(text, 11, 25), true);
  assert.equal(beginsLongerChainPart(text, 34, 48), false);
});

test('every part of a credit chain but a handle is an agency, linked when the article credits it under its longer name', () => {
  assert.deepEqual(found('Friends at the picnic.', '(Orla Fenn Images/Brightleaf/Lumen)', 'kestrel_77/iStock/Lumen Pictures'), [
    'Orla Fenn Images=O:Orla Fenn Images',
    'Brightleaf=O:Brightleaf',
    'Lumen=lumen-pictures',
    'iStock=O:iStock',
    'Lumen Pictures=lumen-pictures',
  ]);
  assert.deepEqual(found('Hana Ilves/Lumen Pictures Archive/Lumen Pictures'), [
    'Hana Ilves=byline:Hana Ilves@lumen-pictures',
    'Lumen Pictures Archive=O:Lumen Pictures Archive',
    'Lumen Pictures=lumen-pictures',
  ]);
});
