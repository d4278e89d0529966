/**
 * The compact index the build writes (`index.json`) and the background worker
 * loads. Everything the recognizer needs is precomputed, so that a cold start
 * is one `JSON.parse` and one short pass over the entities: Chrome stops idle
 * workers, and a restarted worker runs its first request in a cold,
 * unoptimized engine. What a worker spends before its first answer grows with
 * the bytes it reads and the values it parses, so the entities are stored as
 * columns (one string or number per entity) rather than one object each, and
 * the name tables as a string of keys and an array of lists.
 */
import type { EntityRecord, EntityType, Gender } from './entity-schema.ts';

export const INDEX_FORMAT = 6;

export interface CompiledIndex {
  format: typeof INDEX_FORMAT;
  /** Date the dataset was last reviewed, `YYYY-MM-DD`: cards show it. */
  datasetDate: string;
  /** What recognition needs to know of each entity, sorted by id (see `entitySummaries`); the full records are in `CompiledDetails`. */
  entities: EntityColumns;
  /**
   * Lookup key of a name (see `nameKey`) → the entities it names, flattened as
   * pairs [entity index, 1 for a strong name or 0 for a short name, ...].
   */
  names: KeyedLists;
  /** First word of a name key → the word counts of the names that start with it, longest first. */
  firstWords: KeyedLists;
  /** Given names, folded (see `foldText`) and sorted: a capitalized run starting with one may be a person the dataset does not list. */
  givenNames: string[];
  /** Place names, folded and sorted: a capitalized run that is or starts with one is no person ("Hong Kong"). */
  places: string[];
}

/**
 * A table from strings to lists of numbers, as one string of keys and one
 * array of lists rather than an object of thousands of keys: `JSON.parse`
 * builds such an object several times more slowly (11,000 name keys: most
 * of the parse), and the lookup wants the keys in a list anyway.
 */
export interface KeyedLists {
  /** The keys, one per line. */
  keys: string;
  /** The list of each key, in the same order. */
  lists: number[][];
}

/** `KeyedLists` as the lookup uses them: keys and lists side by side. */
export interface KeyLists {
  keys: string[];
  lists: number[][];
}

export function keyedLists(table: Readonly<Record<string, readonly number[]>>): KeyedLists {
  const keys = Object.keys(table);
  for (const key of keys) if (key === '' || key.includes('\n')) throw new Error(`a table key must be a line of text: ${JSON.stringify(key)}`);
  return { keys: keys.join('\n'), lists: keys.map((key) => [...table[key]!]) };
}

export function keyLists(table: KeyedLists): KeyLists {
  const keys = table.keys === '' ? [] : table.keys.split('\n');
  if (table.lists.length !== keys.length) throw new Error('Dramatis: a table of the index does not have one list per key');
  return { keys, lists: table.lists };
}

/** The entity summaries as columns, entity by entity in id order. */
export interface EntityColumns {
  /** The ids, one per line. */
  ids: string;
  /**
   * One character per entity: `o` for an organization; for a person `f` or `m`
   * where the dataset gives the gender, `p` where it does not. The gender costs
   * no byte of its own: "Ms. Trump" is checked against it.
   */
  types: string;
  /** The organizations' kinds, each once. */
  kinds: string[];
  /** Per entity, 1 + the index of its kind in `kinds`, or 0 for none. */
  kindOf: number[];
  /** Two characters per entity: its ISO 3166-1 alpha-2 country, or `--` for none. */
  countries: string;
  /** For each entity that has links, in order: its index, the number of its links, and the index of each entity linked. */
  links: number[];
}

export interface EntitySummary {
  id: string;
  type: EntityType;
  kind?: string;
  /** A person's, where the dataset gives it: "Mr." and "Ms." before a surname are checked against it. */
  gender?: Gender;
  /** ISO 3166-1 alpha-2 code: the article's country tells apart bodies of the same name. */
  country?: string;
  /** Ids the entity points to: relation targets and the organizations of its roles. */
  links?: string[];
}

/** Someone holding an office of an organization, denormalized so that a card needs one shard only. */
export interface OfficeHolder {
  id: string;
  name: string;
  title: string;
  start?: string;
  end?: string;
}

/**
 * One shard of the full records, for cards. The records are split over
 * DETAIL_SHARDS files by a hash of their id, so that a card asked of a cold
 * worker reads a small file, not the whole dataset.
 */
export interface CompiledDetails {
  format: typeof INDEX_FORMAT;
  datasetDate: string;
  records: EntityRecord[];
  /** Organization id → the people of the dataset holding its offices (for organizations in this shard). */
  holders: Record<string, OfficeHolder[]>;
  /** Names of the entities the records of this shard refer to, by id. */
  names: Record<string, string>;
}

/** About 30 KB each with the bundled dataset (16 shards made them about 120 KB): a cold worker reads little for a card. */
export const DETAIL_SHARDS = 64;

/** Which shard holds an entity's record. */
export function shardOf(id: string): number {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return hash % DETAIL_SHARDS;
}

export function shardFile(shard: number): string {
  return `entities-${String(shard).padStart(2, '0')}.json`;
}

export function isCompiledDetails(value: unknown): value is CompiledDetails {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<CompiledDetails>;
  return (
    v.format === INDEX_FORMAT &&
    typeof v.datasetDate === 'string' &&
    Array.isArray(v.records) &&
    typeof v.holders === 'object' &&
    v.holders !== null &&
    typeof v.names === 'object' &&
    v.names !== null
  );
}

/** A shallow check that a parsed file is an index of the format this code reads. */
export function isCompiledIndex(value: unknown): value is CompiledIndex {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<CompiledIndex>;
  return (
    v.format === INDEX_FORMAT &&
    typeof v.datasetDate === 'string' &&
    isEntityColumns(v.entities) &&
    isKeyedLists(v.names) &&
    isKeyedLists(v.firstWords) &&
    Array.isArray(v.givenNames) &&
    Array.isArray(v.places)
  );
}

function isKeyedLists(value: unknown): value is KeyedLists {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<KeyedLists>;
  return typeof v.keys === 'string' && Array.isArray(v.lists);
}

function isEntityColumns(value: unknown): value is EntityColumns {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<EntityColumns>;
  if (typeof v.ids !== 'string' || typeof v.types !== 'string' || typeof v.countries !== 'string') return false;
  if (!Array.isArray(v.kinds) || !Array.isArray(v.kindOf) || !Array.isArray(v.links)) return false;
  const count = v.types.length;
  return v.kindOf.length === count && v.countries.length === 2 * count;
}

const NO_COUNTRY = '--';
const TYPE_CHARS = { organization: 'o', person: 'p', female: 'f', male: 'm' } as const;

function typeChar(s: EntitySummary): string {
  return s.type === 'organization' ? TYPE_CHARS.organization : TYPE_CHARS[s.gender ?? 'person'];
}

/** The summaries of the index's entities, one object each, as the recognizer reads them. */
export function entitySummaries(columns: EntityColumns): EntitySummary[] {
  const { types, kinds, kindOf, countries, links } = columns;
  const ids = types.length === 0 ? [] : columns.ids.split('\n');
  if (ids.length !== types.length) throw new Error('Dramatis: the index does not have one id per entity');
  const summaries: EntitySummary[] = [];
  for (let i = 0; i < ids.length; i++) {
    const type = types.charAt(i);
    const summary: EntitySummary = { id: ids[i]!, type: type === TYPE_CHARS.organization ? 'organization' : 'person' };
    if (type === TYPE_CHARS.female) summary.gender = 'female';
    else if (type === TYPE_CHARS.male) summary.gender = 'male';
    const kind = kindOf[i]!;
    if (kind > 0) summary.kind = kinds[kind - 1]!;
    const country = countries.slice(2 * i, 2 * i + 2);
    if (country !== NO_COUNTRY) summary.country = country;
    summaries.push(summary);
  }
  for (let i = 0; i < links.length;) {
    const summary = summaries[links[i++]!]!;
    const count = links[i++]!;
    const linked: string[] = [];
    for (let k = 0; k < count; k++) linked.push(ids[links[i++]!]!);
    summary.links = linked;
  }
  return summaries;
}

/** The columns of `entitySummaries`, for the compiler. */
export function entityColumns(summaries: readonly EntitySummary[]): EntityColumns {
  const indexOf = new Map(summaries.map((s, i) => [s.id, i]));
  const kinds: string[] = [];
  const kindIndex = new Map<string, number>();
  const columns: EntityColumns = { ids: summaries.map((s) => s.id).join('\n'), types: '', kinds, kindOf: [], countries: '', links: [] };
  const types: string[] = [];
  const countries: string[] = [];
  summaries.forEach((s, i) => {
    if (s.id.includes('\n')) throw new Error(`entity id with a line break: ${JSON.stringify(s.id)}`);
    types.push(typeChar(s));
    if (s.kind === undefined) columns.kindOf.push(0);
    else {
      if (!kindIndex.has(s.kind)) kindIndex.set(s.kind, kinds.push(s.kind));
      columns.kindOf.push(kindIndex.get(s.kind)!);
    }
    if (s.country !== undefined && s.country.length !== 2) throw new Error(`${s.id}: country ${s.country} is not two letters`);
    countries.push(s.country ?? NO_COUNTRY);
    // A link to an entity outside the index (only in tests' small datasets: the validator rejects it in data/)
    // could never match a mention, so it is left out.
    const targets = (s.links ?? []).flatMap((id) => indexOf.get(id) ?? []);
    if (targets.length > 0) columns.links.push(i, targets.length, ...targets);
  });
  columns.types = types.join('');
  columns.countries = countries.join('');
  return columns;
}
