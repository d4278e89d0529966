/**
 * Checks the dataset as people wrote it, before it is compiled. Every problem
 * is reported as "file: entity: field: what is wrong", so a reviewer can go
 * straight to it. An empty list means the data is good.
 */
import type { EntityRecord } from './entity-schema.ts';
import { comparePartialDates, isPartialDate } from './partial-date.ts';
import { namesOf } from './entity-names.ts';
import { isSingleHolderOffice } from './offices.ts';
import { checkDisplayName, checkMisleadingNames } from './dataset-name-rules.ts';

export interface DatasetFile {
  /** Path relative to the data folder, for messages. */
  path: string;
  /** The parsed JSON content. */
  content: unknown;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;
const QID = /^Q[1-9]\d*$/;
const RELATION_KINDS = new Set(['member-of', 'party', 'part-of', 'subsidiary-of', 'affiliated-with', 'employed-by']);
const COMMON_FIELDS = [
  'id',
  'type',
  'name',
  'displayName',
  'aliases',
  'shortNames',
  'description',
  'country',
  'relations',
  'qid',
  'wikipedia',
  'checked',
  'uncertain',
];
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const FIELDS: Record<string, Set<string>> = {
  person: new Set([...COMMON_FIELDS, 'gender', 'born', 'died', 'roles']),
  organization: new Set([...COMMON_FIELDS, 'kind', 'founded', 'dissolved', 'headquarters']),
};
const ROLE_FIELDS = new Set(['title', 'org', 'start', 'end']);
const GENDERS = new Set(['female', 'male']);

export interface ValidationResult {
  errors: string[];
  /** The records that passed, in file order: only meaningful when `errors` is empty. */
  records: EntityRecord[];
}

export function validateDataset(files: DatasetFile[]): ValidationResult {
  const errors: string[] = [];
  const records: EntityRecord[] = [];
  const fileOf = new Map<string, string>();

  for (const file of files) {
    if (!Array.isArray(file.content)) {
      errors.push(`${file.path}: the file must hold a JSON array of entity records`);
      continue;
    }
    let previousId = '';
    file.content.forEach((raw: unknown, position) => {
      const where = `${file.path}: ${describe(raw, position)}`;
      const recordErrors = checkRecord(raw, where);
      errors.push(...recordErrors);
      if (recordErrors.length > 0) return;
      const record = raw as EntityRecord;
      if (record.id <= previousId) errors.push(`${where}: id: records must be sorted by id ("${record.id}" comes after "${previousId}")`);
      previousId = record.id;
      const earlier = fileOf.get(record.id);
      if (earlier !== undefined) errors.push(`${where}: id: duplicate id, also in ${earlier}`);
      fileOf.set(record.id, file.path);
      records.push(record);
    });
  }

  const types = new Map(records.map((r) => [r.id, r.type]));
  for (const record of records) {
    const where = `${fileOf.get(record.id)}: ${record.id}`;
    record.relations?.forEach((relation, i) => {
      if (!types.has(relation.target)) errors.push(`${where}: relations[${i}].target: unknown entity "${relation.target}"`);
      if (relation.target === record.id) errors.push(`${where}: relations[${i}].target: an entity cannot relate to itself`);
    });
    if (record.type === 'person') {
      record.roles?.forEach((role, i) => {
        if (role.org !== undefined && types.get(role.org) !== 'organization') {
          errors.push(`${where}: roles[${i}].org: "${role.org}" is not an organization in the dataset`);
        }
      });
    }
  }
  errors.push(...checkNameCollisions(records, fileOf));
  errors.push(...checkOverlappingTerms(records, fileOf));
  return { errors, records };
}

function describe(raw: unknown, position: number): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? id : `record #${position + 1}`;
}

function checkRecord(raw: unknown, where: string): string[] {
  const errors: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [`${where}: a record must be a JSON object`];
  const r = raw as Record<string, unknown>;
  const fields = typeof r.type === 'string' ? FIELDS[r.type] : undefined;
  if (fields === undefined) return [`${where}: type: must be "person" or "organization"`];
  for (const key of Object.keys(r)) if (!fields.has(key)) errors.push(`${where}: ${key}: unknown field for a ${r.type}`);

  if (typeof r.id !== 'string' || !ID.test(r.id)) errors.push(`${where}: id: required, lowercase kebab-case ASCII`);
  requireText(r, 'name', where, errors);
  requireText(r, 'description', where, errors);
  if (typeof r.description === 'string' && r.description.length > 200) errors.push(`${where}: description: one line, at most 200 characters`);
  for (const field of ['aliases', 'shortNames'] as const) {
    const list = r[field];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.some((a) => typeof a !== 'string' || a.trim() === '' || a !== a.trim())) {
      errors.push(`${where}: ${field}: must be a list of non-empty names without surrounding spaces`);
    } else if (new Set(list).size !== list.length || list.includes(r.name)) {
      errors.push(`${where}: ${field}: lists a name twice`);
    }
  }
  checkMisleadingNames(r, where, errors);
  for (const field of ['displayName', 'country', 'qid', 'wikipedia', 'kind', 'headquarters', 'uncertain'] as const) {
    if (r[field] !== undefined && (typeof r[field] !== 'string' || r[field] === '')) errors.push(`${where}: ${field}: must be a non-empty string`);
  }
  if (r.gender !== undefined && (typeof r.gender !== 'string' || !GENDERS.has(r.gender)))
    errors.push(`${where}: gender: "female" or "male", only where certain`);
  checkDisplayName(r, where, errors);
  if (typeof r.country === 'string' && !COUNTRY.test(r.country)) errors.push(`${where}: country: must be an ISO 3166-1 alpha-2 code such as "CA"`);
  if (typeof r.qid === 'string' && !QID.test(r.qid)) errors.push(`${where}: qid: must look like "Q7184"`);
  if (r.checked !== undefined && (typeof r.checked !== 'string' || !FULL_DATE.test(r.checked) || !isPartialDate(r.checked))) {
    errors.push(`${where}: checked: must be the full date (YYYY-MM-DD) on which the current facts were last confirmed`);
  }
  if (typeof r.uncertain === 'string' && r.uncertain.length > 200) errors.push(`${where}: uncertain: one line, at most 200 characters`);
  // A role without an end says someone holds an office now: the card shows it "as of" this date.
  if (
    r.checked === undefined &&
    Array.isArray(r.roles) &&
    r.roles.some((role: unknown) => typeof role === 'object' && role !== null && (role as { end?: unknown }).end === undefined)
  ) {
    errors.push(`${where}: checked: required while a role is open (no end): the day its current facts were last confirmed`);
  }
  checkDatePair(r, 'born', 'died', where, errors);
  checkDatePair(r, 'founded', 'dissolved', where, errors);

  if (r.relations !== undefined) {
    if (!Array.isArray(r.relations)) errors.push(`${where}: relations: must be a list`);
    else
      r.relations.forEach((rel: unknown, i) => {
        const x = rel as Record<string, unknown> | null;
        if (typeof x !== 'object' || x === null || typeof x.target !== 'string' || typeof x.kind !== 'string' || !RELATION_KINDS.has(x.kind)) {
          errors.push(`${where}: relations[${i}]: needs a kind (${[...RELATION_KINDS].join(', ')}) and a target id`);
        }
      });
  }
  if (r.roles !== undefined) {
    if (!Array.isArray(r.roles)) errors.push(`${where}: roles: must be a list`);
    else r.roles.forEach((role: unknown, i) => checkRole(role, `${where}: roles[${i}]`, errors));
  }
  return errors;
}

function checkRole(raw: unknown, where: string, errors: string[]): void {
  if (typeof raw !== 'object' || raw === null) {
    errors.push(`${where}: must be an object`);
    return;
  }
  const role = raw as Record<string, unknown>;
  for (const key of Object.keys(role)) if (!ROLE_FIELDS.has(key)) errors.push(`${where}.${key}: unknown field`);
  requireText(role, 'title', where, errors, '.');
  if (role.org !== undefined && typeof role.org !== 'string') errors.push(`${where}.org: must be an entity id`);
  checkDatePair(role, 'start', 'end', where, errors, '.');
}

function requireText(r: Record<string, unknown>, field: string, where: string, errors: string[], sep = ': '): void {
  if (typeof r[field] !== 'string' || (r[field] as string).trim() === '') errors.push(`${where}${sep}${field}: required text is missing`);
}

function checkDatePair(r: Record<string, unknown>, from: string, to: string, where: string, errors: string[], sep = ': '): void {
  for (const field of [from, to]) {
    const value = r[field];
    if (value !== undefined && (typeof value !== 'string' || !isPartialDate(value))) {
      errors.push(`${where}${sep}${field}: "${String(value)}" is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    }
  }
  const a = r[from];
  const b = r[to];
  if (typeof a === 'string' && typeof b === 'string' && isPartialDate(a) && isPartialDate(b) && comparePartialDates(a, b) > 0) {
    errors.push(`${where}${sep}${to}: ${b} is before ${from} ${a}`);
  }
}

/**
 * A strong name (matched anywhere) must lead to one entity. A short name may be
 * shared, since the article's evidence decides between its owners, but not
 * with another entity's strong name, which would always win unseen.
 */
function checkNameCollisions(records: EntityRecord[], fileOf: Map<string, string>): string[] {
  const errors: string[] = [];
  const strongOwner = new Map<string, string>();
  for (const record of records) {
    for (const name of namesOf(record)) {
      if (!name.strong) continue;
      const owner = strongOwner.get(name.key);
      if (owner !== undefined && owner !== record.id) {
        errors.push(
          `${fileOf.get(record.id)}: ${record.id}: aliases: "${name.text}" is also a name of ${owner}; make it a shortName of both so the article decides`,
        );
      }
      strongOwner.set(name.key, owner ?? record.id);
    }
  }
  for (const record of records) {
    for (const name of namesOf(record)) {
      const owner = strongOwner.get(name.key);
      if (!name.strong && owner !== undefined && owner !== record.id) {
        const field = record.shortNames ? 'shortNames' : 'name (its last word, the default short name)';
        errors.push(
          `${fileOf.get(record.id)}: ${record.id}: ${field}: "${name.text}" is a full name or alias of ${owner}, so it could never mean ${record.id}; make it a shortName of both`,
        );
      }
    }
  }
  return errors;
}

function checkOverlappingTerms(records: EntityRecord[], fileOf: Map<string, string>): string[] {
  const terms = new Map<string, { id: string; start: string; end: string | undefined }[]>();
  for (const record of records) {
    if (record.type !== 'person') continue;
    for (const role of record.roles ?? []) {
      if (!isSingleHolderOffice(role.title)) continue;
      if (role.start === undefined) continue;
      const list = terms.get(role.title) ?? [];
      list.push({ id: record.id, start: role.start, end: role.end });
      terms.set(role.title, list);
    }
  }
  const errors: string[] = [];
  for (const [title, list] of terms) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.id === b.id || !overlaps(a, b)) continue;
        errors.push(`${fileOf.get(b.id)}: ${b.id}: roles: "${title}" from ${b.start} overlaps the term of ${a.id} (${a.start}–${a.end ?? 'now'})`);
      }
    }
  }
  return errors;
}

/** Terms overlap when each starts before the other ends; a partial date only overlaps where it must. */
function overlaps(a: { start: string; end: string | undefined }, b: { start: string; end: string | undefined }): boolean {
  const startsBeforeEnd = (x: { start: string }, y: { end: string | undefined }) =>
    y.end === undefined || (comparePartialDates(x.start, y.end) < 0 && !sharesPeriod(x.start, y.end));
  return startsBeforeEnd(a, b) && startsBeforeEnd(b, a);
}

/** "2019" and "2019-09-12" share a period: a handover within it is no overlap. */
function sharesPeriod(x: string, y: string): boolean {
  const n = Math.min(x.length, y.length);
  return n < 10 && x.slice(0, n) === y.slice(0, n);
}
