/** The in-memory form of the compiled index: names by key, entities by id. */
import type { CompiledIndex } from './compiled-index.ts';
import type { EntityRecord, Role } from './entity-schema.ts';

export interface NameEntry {
  entity: number;
  strong: boolean;
}

/** Words of a name or a text: runs of letters, digits and combining marks. */
export const WORD = /[\p{L}\p{N}\p{M}]+/gu;

export class EntityLookup {
  readonly entities: readonly EntityRecord[];
  readonly datasetDate: string;
  private readonly byKey = new Map<string, NameEntry[]>();
  /** For each first word of a name, the word counts of names starting with it, longest first. */
  private readonly lengthsByFirstWord = new Map<string, number[]>();
  private readonly byId = new Map<string, number>();

  constructor(index: CompiledIndex) {
    this.entities = index.entities;
    this.datasetDate = index.datasetDate;
    index.entities.forEach((e, i) => this.byId.set(e.id, i));
    for (const name of index.names) {
      const entries = this.byKey.get(name.key);
      if (entries) entries.push({ entity: name.entity, strong: name.strong });
      else this.byKey.set(name.key, [{ entity: name.entity, strong: name.strong }]);
      const words = name.key.match(WORD);
      if (!words) continue;
      const lengths = this.lengthsByFirstWord.get(words[0]!) ?? [];
      if (!lengths.includes(words.length)) {
        lengths.push(words.length);
        lengths.sort((a, b) => b - a);
      }
      this.lengthsByFirstWord.set(words[0]!, lengths);
    }
  }

  private caps: { byKey: Map<string, NameEntry[]>; lengthsByFirstWord: Map<string, number[]> } | undefined;

  /** Names by key; with `caps`, keys in capitals, for text set in all caps ("ZELENSKYY MEETS TRUMP"). */
  entriesFor(key: string, caps = false): readonly NameEntry[] | undefined {
    return caps ? this.capsIndex().byKey.get(key) : this.byKey.get(key);
  }

  nameLengthsStartingWith(word: string, caps = false): readonly number[] | undefined {
    return caps ? this.capsIndex().lengthsByFirstWord.get(word) : this.lengthsByFirstWord.get(word);
  }

  /** Built on first use: most articles have no all-caps text. */
  private capsIndex(): { byKey: Map<string, NameEntry[]>; lengthsByFirstWord: Map<string, number[]> } {
    if (!this.caps) {
      const byKey = new Map<string, NameEntry[]>();
      const lengthsByFirstWord = new Map<string, number[]>();
      for (const [key, entries] of this.byKey) {
        const upper = key.toUpperCase();
        byKey.set(upper, [...(byKey.get(upper) ?? []), ...entries]);
        const words = upper.match(WORD);
        if (!words) continue;
        const lengths = lengthsByFirstWord.get(words[0]!) ?? [];
        if (!lengths.includes(words.length)) lengths.push(words.length);
        lengths.sort((a, b) => b - a);
        lengthsByFirstWord.set(words[0]!, lengths);
      }
      this.caps = { byKey, lengthsByFirstWord };
    }
    return this.caps;
  }

  private holders: Map<string, { person: EntityRecord; role: Role }[]> | undefined;

  /** The people whose roles belong to an organization, built on first use to keep cold starts short. */
  roleHoldersOf(orgId: string): readonly { person: EntityRecord; role: Role }[] {
    if (!this.holders) {
      this.holders = new Map();
      for (const person of this.entities) {
        if (person.type !== 'person') continue;
        for (const role of person.roles ?? []) {
          if (role.org === undefined) continue;
          const list = this.holders.get(role.org) ?? [];
          list.push({ person, role });
          this.holders.set(role.org, list);
        }
      }
    }
    return this.holders.get(orgId) ?? [];
  }

  entityById(id: string): EntityRecord | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.entities[i];
  }
}
