/**
 * The compiled index in use, for recognition: names by key, entity summaries
 * by id. It reads the precomputed tables of the index as they are; anything
 * else (summaries by id, names in capitals) is built on first use.
 */
import type { CompiledIndex, EntitySummary } from './compiled-index.ts';
import { addNameLength } from './name-words.ts';

export interface NameEntry {
  entity: number;
  strong: boolean;
}

type Tables = Pick<CompiledIndex, 'names' | 'firstWords'>;

export class EntityLookup {
  readonly entities: readonly EntitySummary[];
  private readonly tables: Tables;
  private capsTables: Tables | undefined;
  private byId: Map<string, number> | undefined;
  private readonly givenNameList: readonly string[];
  private givenNames: Set<string> | undefined;
  private readonly placeList: readonly string[];
  private places: Set<string> | undefined;

  constructor(index: CompiledIndex) {
    this.entities = index.entities;
    this.tables = { names: index.names, firstWords: index.firstWords };
    this.givenNameList = index.givenNames;
    this.placeList = index.places;
  }

  /** Whether folded text is the name of a place of the lexicon ("Hong Kong", "Sierra Leone"). */
  isPlace(text: string): boolean {
    this.places ??= new Set(this.placeList);
    return this.places.has(text);
  }

  /** Whether a folded, capitalized word is a given name of the lexicon ("Renata", "Gbenga"). */
  isGivenName(word: string): boolean {
    this.givenNames ??= new Set(this.givenNameList);
    return this.givenNames.has(word);
  }

  /** Names by key; with `caps`, keys in capitals, for text set in all caps ("ZELENSKYY MEETS TRUMP"). */
  entriesFor(key: string, caps = false): readonly NameEntry[] | undefined {
    const { names } = caps ? this.caps() : this.tables;
    const flat = Object.hasOwn(names, key) ? names[key] : undefined;
    if (!flat) return undefined;
    const entries: NameEntry[] = [];
    for (let i = 0; i < flat.length; i += 2) entries.push({ entity: flat[i]!, strong: flat[i + 1] === 1 });
    return entries;
  }

  nameLengthsStartingWith(word: string, caps = false): readonly number[] | undefined {
    const { firstWords } = caps ? this.caps() : this.tables;
    return Object.hasOwn(firstWords, word) ? firstWords[word] : undefined;
  }

  entityById(id: string): EntitySummary | undefined {
    if (!this.byId) {
      this.byId = new Map();
      this.entities.forEach((e, i) => this.byId!.set(e.id, i));
    }
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.entities[i];
  }

  /** Built on first use: most articles have no all-caps text. */
  private caps(): Tables {
    if (!this.capsTables) {
      const names: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
      const firstWords: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
      for (const key of Object.keys(this.tables.names)) {
        const upper = key.toUpperCase();
        (names[upper] ??= []).push(...this.tables.names[key]!);
        addNameLength(firstWords, upper);
      }
      this.capsTables = { names, firstWords };
    }
    return this.capsTables;
  }
}
