/** Turns validated dataset records into the compact index shipped with the extension. */
import type { EntityRecord } from './entity-schema.ts';
import {
  DETAIL_SHARDS,
  INDEX_FORMAT,
  entityColumns,
  keyedLists,
  shardOf,
  type CompiledDetails,
  type CompiledIndex,
  type EntitySummary,
} from './compiled-index.ts';
import { namesOf } from './entity-names.ts';
import { foldText } from './text-fold.ts';
import { addNameLength } from './name-words.ts';
import { englishLexicon } from './lexicon/lexicon-for.ts';

/** The name lists of the lexicon (`src/core/lexicon/en/`), which the worker needs in the index. */
export interface NameLists {
  /** Given names (`given-names.txt`); the first names of the dataset's people are added to them. */
  givenNames: readonly string[];
  /** Place names (`places.txt`). */
  places: readonly string[];
}

export function compileIndex(
  records: EntityRecord[],
  datasetDate: string,
  lexicon: NameLists = { givenNames: [], places: [] },
): { index: CompiledIndex; details: CompiledDetails[] } {
  const entities = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Null-prototype objects: a name such as "constructor" must be a plain key.
  const names: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
  const firstWords: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
  entities.forEach((record, entity) => {
    for (const name of namesOf(record)) {
      (names[name.key] ??= []).push(entity, name.strong ? 1 : 0);
      addNameLength(firstWords, name.key);
    }
  });
  return {
    index: {
      format: INDEX_FORMAT,
      datasetDate,
      entities: entityColumns(entities.map(summarize)),
      names: keyedLists(names),
      firstWords: keyedLists(firstWords),
      givenNames: allGivenNames(entities, lexicon),
      places: [...new Set(lexicon.places.map(foldText))].sort(),
    },
    details: compileDetails(entities, datasetDate),
  };
}

/** The lexicon's given names, and the first names of the dataset's people that are not also places ("Victoria", "Charlotte"). */
function allGivenNames(entities: EntityRecord[], lexicon: NameLists): string[] {
  // Words before a person's name that are titles, not given names ("King Charles III", "Pope Leo XIV").
  const titles = englishLexicon().words('title', 'rank', 'title-part');
  const names = new Set(lexicon.givenNames.map(foldText));
  const places = new Set(lexicon.places.map(foldText));
  for (const record of entities) {
    if (record.type !== 'person') continue;
    const first = record.name.split(/\s+/)[0]!;
    if (record.name.includes(' ') && /^\p{Lu}[\p{Ll}\p{M}'-]+$/u.test(first) && !titles.has(first) && !places.has(foldText(first))) names.add(foldText(first));
  }
  return [...names].sort();
}

/** A word list of the lexicon: one entry per line, `#` for comments. */
export function parseWordList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

function compileDetails(entities: EntityRecord[], datasetDate: string): CompiledDetails[] {
  const shards: CompiledDetails[] = Array.from({ length: DETAIL_SHARDS }, () => ({
    format: INDEX_FORMAT,
    datasetDate,
    records: [],
    holders: Object.create(null) as CompiledDetails['holders'],
    names: Object.create(null) as CompiledDetails['names'],
  }));
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const record of entities) {
    const shard = shards[shardOf(record.id)]!;
    shard.records.push(record);
    for (const relation of record.relations ?? []) shard.names[relation.target] = shownName(byId.get(relation.target)) ?? relation.target;
  }
  for (const person of entities) {
    if (person.type !== 'person') continue;
    for (const role of person.roles ?? []) {
      if (role.org === undefined) continue;
      const holder: CompiledDetails['holders'][string][number] = { id: person.id, name: shownName(person)!, title: role.title };
      if (role.start !== undefined) holder.start = role.start;
      if (role.end !== undefined) holder.end = role.end;
      (shards[shardOf(role.org)]!.holders[role.org] ??= []).push(holder);
    }
  }
  return shards;
}

/** The name cards show: `displayName` when the canonical name carries a qualifier. */
function shownName(record: EntityRecord | undefined): string | undefined {
  return record === undefined ? undefined : (record.displayName ?? record.name);
}

function summarize(record: EntityRecord): EntitySummary {
  const summary: EntitySummary = { id: record.id, type: record.type };
  if (record.type === 'organization' && record.kind !== undefined) summary.kind = record.kind;
  if (record.type === 'person' && record.gender !== undefined) summary.gender = record.gender;
  if (record.country !== undefined) summary.country = record.country;
  const links = (record.relations ?? []).map((r) => r.target);
  if (record.type === 'person') for (const role of record.roles ?? []) if (role.org !== undefined) links.push(role.org);
  if (links.length > 0) summary.links = [...new Set(links)];
  return summary;
}
