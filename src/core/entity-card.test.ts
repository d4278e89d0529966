import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEntityCard, rolesOn } from './entity-card.ts';
import { EntityDetails } from './entity-details.ts';
import { compileIndex } from './index-compiler.ts';
import type { EntityRecord, PersonRecord } from './entity-schema.ts';
import { isPartialDate, yearsBetween } from './partial-date.ts';
import { bundledDetails } from '../../dev/gold.ts';

const biden: PersonRecord = {
  id: 'joe-biden',
  type: 'person',
  name: 'Joe Biden',
  description: 'x',
  born: '1942-11-20',
  roles: [
    { title: 'Vice President of the United States', start: '2009-01-20', end: '2017-01-20' },
    { title: 'President of the United States', start: '2021-01-20', end: '2025-01-20' },
  ],
};

test('the role held on a date, or the last one held before it', () => {
  assert.deepEqual(rolesOn(biden, '2023-06-01'), [{ title: 'President of the United States', former: false, startYear: 2021 }]);
  assert.deepEqual(rolesOn(biden, '2025-08-17'), [{ title: 'President of the United States', former: true, startYear: 2021, endYear: 2025 }]);
  assert.deepEqual(rolesOn(biden, '2025-01-20'), [{ title: 'President of the United States', former: true, startYear: 2021, endYear: 2025 }]);
  assert.deepEqual(rolesOn(biden, '2000-01-01'), []);
});

test('a card gives the role then, and the role now only when it differs', () => {
  const lookup = new EntityDetails(compileIndex([biden], '2026-01-01').details);
  const card = buildEntityCard(lookup, biden, '2023-06-01', '2026-11-25');
  assert.equal(card.rolesThen[0]?.former, false);
  assert.equal(card.rolesNow?.[0]?.former, true);
  assert.equal(card.age, 80);
  assert.equal(buildEntityCard(lookup, biden, '2026-01-01', '2026-11-25').rolesNow, undefined);
});

test('the seed article people have their role of 2025-08-17', () => {
  const lookup = bundledDetails();
  const expected: Record<string, RegExp> = {
    'donald-trump': /^President of the United States$/,
    'mark-carney': /^Prime Minister of Canada$/,
    'vladimir-putin': /^President of Russia$/,
    'volodymyr-zelenskyy': /^President of Ukraine$/,
    'mark-rutte': /^Secretary General of NATO$/,
    'ursula-von-der-leyen': /^President of the European Commission$/,
    'steve-witkoff': /Envoy/,
  };
  for (const [id, title] of Object.entries(expected)) {
    const roles = rolesOn(lookup.entityById(id)!, '2025-08-17');
    assert.ok(
      roles.some((r) => !r.former && title.test(r.title)),
      `${id}: ${JSON.stringify(roles)}`,
    );
  }
});

test('partial dates', () => {
  assert.ok(isPartialDate('2025') && isPartialDate('2025-02') && isPartialDate('2024-02-29'));
  assert.ok(!isPartialDate('2025-02-29') && !isPartialDate('2025-13') && !isPartialDate('25-01-01'));
  assert.equal(yearsBetween('1965-03-16', '2025-03-15'), 59);
  assert.equal(yearsBetween('1965-03-16', '2025-03-16'), 60);
  assert.equal(yearsBetween('1965', '2025-03-16'), undefined);
});

test('an organization card names who led it on the date', () => {
  const lookup = bundledDetails();
  const nato = buildEntityCard(lookup, lookup.entityById('nato')!, '2025-08-17', '2026-11-25');
  assert.deepEqual(nato.leaders, [{ id: 'mark-rutte', name: 'Mark Rutte', title: 'Secretary General of NATO' }]);
  const imf = buildEntityCard(lookup, lookup.entityById('international-monetary-fund')!, '2015-01-01', '2026-11-25');
  assert.ok(imf.leaders?.some((l) => l.id === 'christine-lagarde'));
});

test('cards show the display name, never the qualifier the canonical name carries', () => {
  const records: EntityRecord[] = [
    {
      id: 'drake',
      type: 'person',
      name: 'Drake (musician)',
      displayName: 'Drake',
      shortNames: ['Drake'],
      description: 'x',
      relations: [{ kind: 'employed-by', target: 'ovo' }],
    },
    { id: 'ovo', type: 'organization', name: 'OVO (label)', displayName: 'OVO', description: 'x' },
    { id: 'zara', type: 'organization', name: 'Zara (retailer)', displayName: 'Zara', description: 'x' },
    {
      id: 'marta-ortega',
      type: 'person',
      name: 'Marta Ortega (executive)',
      displayName: 'Marta Ortega',
      description: 'x',
      roles: [{ title: 'Chair of Zara', org: 'zara', start: '2022-04-01' }],
    },
  ];
  const lookup = new EntityDetails(compileIndex(records, '2026-01-01').details);
  const drake = buildEntityCard(lookup, records[0]!, '2026-01-01', '2026-01-01');
  assert.equal(drake.name, 'Drake');
  assert.deepEqual(drake.affiliations, [{ id: 'ovo', name: 'OVO', kind: 'employed-by' }]);
  const zara = buildEntityCard(lookup, records[2]!, '2026-01-01', '2026-01-01');
  assert.equal(zara.name, 'Zara');
  assert.deepEqual(zara.leaders, [{ id: 'marta-ortega', name: 'Marta Ortega', title: 'Chair of Zara' }]);
});
