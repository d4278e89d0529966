import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateDataset, type DatasetFile } from './dataset-validator.ts';
import { datasetFiles } from '../../dev/gold.ts';

const nato = { id: 'nato', type: 'organization', name: 'NATO', description: 'A military alliance.' };
const rutte = {
  id: 'mark-rutte',
  type: 'person',
  name: 'Mark Rutte',
  description: 'Dutch politician.',
  born: '1967-02-14',
  roles: [{ title: 'Secretary General of NATO', org: 'nato', start: '2024-10-01' }],
  checked: '2025-06-01',
};

function errorsFor(...content: unknown[]): string[] {
  return validateDataset([{ path: 'data/people/test.json', content }]).errors;
}

test('the bundled dataset is valid', () => {
  const { errors, records } = validateDataset(datasetFiles());
  assert.deepEqual(errors, []);
  assert.ok(records.length > 20);
});

test('good records pass', () => {
  assert.deepEqual(errorsFor(rutte, nato), []);
});

test('each problem names the file, the entity and the field', () => {
  const cases: [unknown, RegExp][] = [
    [{ ...nato, description: undefined }, /data\/people\/test\.json: nato: description: required/],
    [{ ...nato, id: 'Not Kebab' }, /id: required, lowercase kebab-case/],
    [{ ...nato, type: 'place' }, /nato: type: must be "person" or "organization"/],
    [{ ...rutte, born: '1967-02-30' }, /mark-rutte: born: "1967-02-30" is not a real date/],
    [{ ...rutte, roles: [{ title: 'X', start: '2024-10-01', end: '2020-01-01' }] }, /mark-rutte: roles\[0\]\.end: 2020-01-01 is before start/],
    [{ ...rutte, roles: [{ title: 'X', org: 'nowhere' }] }, /mark-rutte: roles\[0\]\.org: "nowhere" is not an organization/],
    [{ ...nato, relations: [{ kind: 'member-of', target: 'ghost' }] }, /nato: relations\[0\]\.target: unknown entity "ghost"/],
    [{ ...nato, relations: [{ kind: 'likes', target: 'nato' }] }, /nato: relations\[0\]: needs a kind/],
    [{ ...nato, country: 'Belgium' }, /nato: country: must be an ISO 3166-1 alpha-2 code/],
    [{ ...nato, qid: '7184' }, /nato: qid: must look like "Q7184"/],
    [{ ...nato, colour: 'blue' }, /nato: colour: unknown field/],
    [{ ...nato, aliases: ['NATO'] }, /nato: aliases: lists a name twice/],
    [{ ...nato, aliases: [' Nato'] }, /nato: aliases: must be a list of non-empty names/],
    [{ ...rutte, gender: 'm' }, /mark-rutte: gender: "female" or "male"/],
    [{ ...nato, gender: 'male' }, /nato: gender: unknown field for a organization/],
    [{ ...nato, name: 'NATO (alliance)' }, /nato: displayName: "NATO \(alliance\)" ends with a qualifier in parentheses.*\("NATO"\)/],
    [{ ...nato, displayName: 'NATO' }, /nato: displayName: the same as name/],
    [{ ...rutte, aliases: ['Prince'] }, /mark-rutte: aliases: "Prince" is also a title.*make it a shortName/],
    [{ ...rutte, name: 'Major' }, /mark-rutte: name: "Major" is also a title/],
    [{ ...nato, name: 'Bundesrat' }, /nato: name: "Bundesrat" is a body that many countries have: name it with its country/],
    [{ ...nato, aliases: ['Supreme Court'] }, /nato: aliases: "Supreme Court" is a body that many countries have/],
    [{ ...nato, aliases: ['Senate'] }, /nato: aliases: "Senate" is a body that many countries have/],
  ];
  for (const [record, expected] of cases) {
    const errors = errorsFor(record, ...(JSON.stringify(record).includes('"nato"') && (record as { id: string }).id !== 'nato' ? [nato] : []));
    assert.ok(
      errors.some((e) => expected.test(e)),
      `${expected} not in ${JSON.stringify(errors)}`,
    );
  }
});

test('duplicate ids across files, unsorted files and colliding strong names are rejected', () => {
  const files: DatasetFile[] = [
    { path: 'data/organizations/a.json', content: [nato] },
    { path: 'data/organizations/b.json', content: [{ ...nato, name: 'Other' }] },
  ];
  assert.match(validateDataset(files).errors.join('\n'), /b\.json: nato: id: duplicate id, also in data\/organizations\/a\.json/);
  assert.match(errorsFor(nato, rutte).join('\n'), /mark-rutte: id: records must be sorted by id/);
  const twin = { id: 'nato-2', type: 'organization', name: 'Other alliance', aliases: ['NATO'], description: 'x' };
  assert.match(errorsFor(nato, twin).join('\n'), /nato-2: aliases: "NATO" is also a name of nato/);
});

test('a record with an open role must say when its current facts were last checked', () => {
  const { checked: _, ...unchecked } = rutte;
  assert.match(errorsFor(unchecked, nato).join(), /mark-rutte: checked: required while a role is open/);
  const ended = { ...unchecked, roles: [{ title: 'Prime Minister of the Netherlands', start: '2010-10-14', end: '2024-07-02' }] };
  assert.deepEqual(errorsFor(ended, nato), []);
  assert.match(errorsFor({ ...rutte, checked: '2025-06' }, nato).join(), /mark-rutte: checked: must be the full date/);
  assert.deepEqual(errorsFor(rutte, nato), []);
});

test('a qualified name passes with the name cards show, or repeated where the parentheses belong to the name', () => {
  assert.deepEqual(errorsFor({ ...rutte, gender: 'male' }, { ...nato, name: 'NATO (alliance)', displayName: 'NATO' }), []);
  assert.deepEqual(errorsFor({ id: 'jdu', type: 'organization', name: 'Janata Dal (United)', displayName: 'Janata Dal (United)', description: 'x' }), []);
});

test('a file that is not an array of objects is rejected', () => {
  assert.match(validateDataset([{ path: 'data/x.json', content: { id: 'nato' } }]).errors.join(), /data\/x\.json: the file must hold a JSON array/);
  assert.match(errorsFor('nato').join(), /record #1: a record must be a JSON object/);
});

test('two people in one single-holder office at the same time are rejected; handovers are not', () => {
  const person = (id: string, start: string, end?: string) => ({
    id,
    type: 'person',
    name: id.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()),
    description: 'x',
    roles: [{ title: 'President of Ruritania', start, ...(end ? { end } : {}) }],
    ...(end ? {} : { checked: '2025-06-01' }),
  });
  assert.deepEqual(errorsFor(person('anna-alpha', '2010-01-01', '2015-01-01'), person('bert-beta', '2015-01-01')), []);
  assert.deepEqual(errorsFor(person('anna-alpha', '2010', '2015'), person('bert-beta', '2015-06-01')), []);
  assert.match(
    errorsFor(person('anna-alpha', '2010-01-01', '2016-01-01'), person('bert-beta', '2015-01-01')).join(),
    /bert-beta: roles: "President of Ruritania" from 2015-01-01 overlaps the term of anna-alpha/,
  );
  assert.match(errorsFor(person('anna-alpha', '2010-01-01'), person('bert-beta', '2015-01-01')).join(), /overlaps the term of anna-alpha \(2010-01-01–now\)/);
});

test("a short name that is another entity's full name or alias is rejected", () => {
  const shell = { id: 'shell', type: 'organization', name: 'Shell plc', shortNames: ['Shell'], description: 'x' };
  const other = { id: 'shell-oil', type: 'organization', name: 'Shell', description: 'x' };
  assert.match(errorsFor(shell, other).join(), /shell: shortNames: "Shell" is a full name or alias of shell-oil/);
  const jordan = { id: 'michael-jordan', type: 'person', name: 'Michael Jordan', description: 'x' };
  const country = { id: 'jordan-team', type: 'organization', name: 'Jordan', description: 'x' };
  assert.match(errorsFor(country, jordan).join(), /michael-jordan: name \(its last word, the default short name\): "Jordan"/);
});
