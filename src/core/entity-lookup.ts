/**
 * The compiled index in use, for recognition: names by key, entity summaries
 * by id. The constructor unpacks only what the index stores compactly (the
 * entities' columns, the name tables' keys and lists); the tables looked up
 * by a range of text, summaries by id and names in capitals are built on
 * first use.
 */
import { entitySummaries, keyLists, type CompiledIndex, type EntitySummary, type KeyLists } from './compiled-index.ts';
import { addNameLength } from './name-words.ts';
import { TextKeyTable } from './text-key-table.ts';

export interface NameEntry {
  entity: number;
  strong: boolean;
}

interface Tables {
  names: KeyLists;
  firstWords: KeyLists;
}

export class EntityLookup {
  readonly entities: readonly EntitySummary[];
  private readonly tables: Tables;
  private capsTables: Tables | undefined;
  private byId: Map<string, number> | undefined;
  private readonly givenNameList: readonly string[];
  private givenNames: Set<string> | undefined;
  private readonly placeList: readonly string[];
  private places: Set<string> | undefined;
  private peopleBySurname: Map<string, { entity: number; first: string; middle: string }[]> | undefined;
  private lowerStartsTable: LowerStarts | undefined;
  private capsLowerStarts: LowerStarts | undefined;
  private keyTables: KeyTables | undefined;
  private capsKeyTables: KeyTables | undefined;
  private titleCaseAcronyms: TextKeyTable | undefined;

  constructor(index: CompiledIndex) {
    this.entities = entitySummaries(index.entities);
    this.tables = { names: keyLists(index.names), firstWords: keyLists(index.firstWords) };
    this.givenNameList = index.givenNames;
    this.placeList = index.places;
  }

  /**
   * The one dataset person a name the dataset does not hold stands for:
   * "Joseph R. Biden Jr." for Joe Biden, "Kristalina Ivanova Georgieva" for
   * Kristalina Georgieva. Same surname, and the same first name or a common
   * short form of it; middle names, initials and suffixes may differ.
   * `forms` are the language's name suffixes and short forms of given names.
   */
  personByNameParts(folded: string, forms: NameForms): number | undefined {
    const parts = nameParts(folded, forms.suffixes);
    if (!parts) return undefined;
    this.peopleBySurname ??= this.buildPeopleBySurname(forms.suffixes);
    const candidates = this.peopleBySurname.get(parts.last) ?? [];
    const formalFirstName = (name: string) => (Object.hasOwn(forms.shortForms, name) ? forms.shortForms[name]! : name);
    const first = formalFirstName(parts.first);
    // A short form stands for a full first name only in a formal style of name, with a middle name or a suffix
    // ("William Jefferson Clinton"): a plain "Michael Johnson" is someone else than the dataset's Mike Johnson.
    // Different middle initials are different people: George H.W. Bush is not George W. Bush.
    const sameMiddle = (c: { middle: string }) => c.middle === '' || parts.middle === '' || c.middle === parts.middle;
    const matching = new Set(
      candidates.filter((c) => sameMiddle(c) && (c.first === parts.first || (parts.formal && formalFirstName(c.first) === first))).map((c) => c.entity),
    );
    return matching.size === 1 ? [...matching][0] : undefined;
  }

  /** The dataset's people with a full name or alias whose last word is `surname` ("Asif Ali Zardari", "Bilawal Bhutto Zardari"), initials and suffixes aside. */
  peopleWithSurname(surname: string, suffixes: ReadonlySet<string>): readonly number[] {
    this.peopleBySurname ??= this.buildPeopleBySurname(suffixes);
    return this.peopleBySurname.get(surname)?.map((p) => p.entity) ?? [];
  }

  private buildPeopleBySurname(suffixes: ReadonlySet<string>): Map<string, { entity: number; first: string; middle: string }[]> {
    const bySurname = new Map<string, { entity: number; first: string; middle: string }[]>();
    const { keys, lists } = this.tables.names;
    keys.forEach((key, k) => {
      const flat = lists[k]!;
      for (let i = 0; i < flat.length; i += 2) {
        if (flat[i + 1] !== 1 || this.entities[flat[i]!]!.type !== 'person') continue;
        const parts = nameParts(key, suffixes);
        if (!parts) continue;
        const list = bySurname.get(parts.last) ?? [];
        list.push({ entity: flat[i]!, first: parts.first, middle: parts.middle });
        bySurname.set(parts.last, list);
      }
    });
    return bySurname;
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
    return this.entriesAt(key, 0, key.length, caps);
  }

  /** `entriesFor(text.slice(start, end))`, without making that string; `hash` is the range's `textHash` when the caller has it. */
  entriesAt(text: string, start: number, end: number, caps = false, hash?: number): readonly NameEntry[] | undefined {
    const tables = this.keyTablesFor(caps);
    const index = tables.names.indexOfRange(text, start, end, hash);
    if (index < 0) return undefined;
    // Decoded on first use and kept: the scan asks for the same names over and over.
    let entries = tables.entries[index];
    if (!entries) {
      const flat = tables.flats[index]!;
      const decoded: NameEntry[] = [];
      for (let i = 0; i < flat.length; i += 2) decoded.push({ entity: flat[i]!, strong: flat[i + 1] === 1 });
      entries = tables.entries[index] = decoded;
    }
    return entries;
  }

  /**
   * A quick no for most words, before any string is made: a word that starts
   * with a lowercase letter or a digit can begin a name only if some name's
   * first word starts with that character and has that length ("de", "eBay").
   */
  mayStartName(text: string, start: number, end: number, caps = false): boolean {
    const code = text.charCodeAt(start);
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) return true;
    const table = caps
      ? (this.capsLowerStarts ??= lowerStarts(this.caps().firstWords.keys))
      : (this.lowerStartsTable ??= lowerStarts(this.tables.firstWords.keys));
    const length = end - start;
    return length < 32 ? ((table.lengths[code]! >>> length) & 1) === 1 : table.longer.has(code * 0x10000 + length);
  }

  nameLengthsStartingWith(word: string, caps = false): readonly number[] | undefined {
    return this.nameLengthsAt(word, 0, word.length, caps);
  }

  /** The word counts of the names whose first word is `text.slice(start, end)`, longest first, without making that string; `hash` as for `entriesAt`. */
  nameLengthsAt(text: string, start: number, end: number, caps = false, hash?: number): readonly number[] | undefined {
    const tables = this.keyTablesFor(caps);
    const index = tables.firstWords.indexOfRange(text, start, end, hash);
    return index < 0 ? undefined : tables.lengths[index];
  }

  /** Built on first use, and for capitals only when an article has text in capitals. */
  private keyTablesFor(caps: boolean): KeyTables {
    if (caps) return (this.capsKeyTables ??= keyTables(this.caps()));
    return (this.keyTables ??= keyTables(this.tables));
  }

  entityById(id: string): EntitySummary | undefined {
    if (!this.byId) {
      this.byId = new Map();
      this.entities.forEach((e, i) => this.byId!.set(e.id, i));
    }
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.entities[i];
  }

  /**
   * "Nato" for NATO: the strong names of four to seven capitals, written as
   * a word with one capital, as some outlets write the acronyms they say as
   * words. Not when that word is a given name, a place or a name of its own
   * ("Swift"). Undefined for any other word; `text` must be so capitalized.
   */
  titleCaseAcronymAt(text: string, start: number, end: number): readonly NameEntry[] | undefined {
    const length = end - start;
    if (length < 4 || length > 7) return undefined;
    this.titleCaseAcronyms ??= this.buildTitleCaseAcronyms();
    const index = this.titleCaseAcronyms.indexOfRange(text, start, end);
    return index < 0 ? undefined : this.entriesFor(this.titleCaseAcronyms.keys[index]!.toUpperCase());
  }

  private buildTitleCaseAcronyms(): TextKeyTable {
    const keys: string[] = [];
    const { keys: names, lists } = this.tables.names;
    names.forEach((key, k) => {
      if (!/^[A-Z]{4,7}$/.test(key) || !lists[k]!.some((v, j) => j % 2 === 1 && v === 1)) return;
      const word = key.charAt(0) + key.slice(1).toLowerCase();
      if (!this.isGivenName(word) && !this.isPlace(word) && !this.entriesFor(word)) keys.push(key.toLowerCase());
    });
    return new TextKeyTable(keys, true);
  }

  /** Built on first use: most articles have no all-caps text. */
  private caps(): Tables {
    if (!this.capsTables) {
      const names: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
      const firstWords: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
      const { keys, lists } = this.tables.names;
      keys.forEach((key, k) => {
        const upper = key.toUpperCase();
        (names[upper] ??= []).push(...lists[k]!);
        addNameLength(firstWords, upper);
      });
      this.capsTables = {
        names: { keys: Object.keys(names), lists: Object.values(names) },
        firstWords: { keys: Object.keys(firstWords), lists: Object.values(firstWords) },
      };
    }
    return this.capsTables;
  }
}

/** The name tables, keyed for lookups by a range of text (see `TextKeyTable`). */
interface KeyTables {
  names: TextKeyTable;
  /** Per name key, its entities flattened as in the index, and decoded once asked for. */
  flats: readonly number[][];
  entries: (readonly NameEntry[] | undefined)[];
  firstWords: TextKeyTable;
  lengths: readonly number[][];
}

function keyTables({ names, firstWords }: Tables): KeyTables {
  return {
    names: new TextKeyTable(names.keys),
    flats: names.lists,
    entries: new Array<undefined>(names.keys.length),
    firstWords: new TextKeyTable(firstWords.keys),
    lengths: firstWords.lists,
  };
}

/** What a language writes around the parts of a person's name: suffixes ("Jr") and short forms of given names ("Bill" for William). */
export interface NameForms {
  suffixes: ReadonlySet<string>;
  shortForms: Readonly<Record<string, string>>;
}

/** First name, middle initials ("HW" of "George H.W. Bush") and surname of a person's name of two words or more, suffixes aside. */
function nameParts(name: string, suffixes: ReadonlySet<string>): { first: string; middle: string; last: string; formal: boolean } | undefined {
  const all = name
    .split(/[ ]+/)
    .map((w) => w.replace(/[.,]$/, ''))
    .filter((w) => w !== '');
  const words = all.filter((w) => !suffixes.has(w));
  if (words.length < 2) return undefined;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (first.length < 2 || last.length < 2) return undefined;
  const middle = words.slice(1, -1).map(initialsOf).join('');
  return { first, middle, last, formal: words.length > 2 || all.length > words.length };
}

/** "H.W" -> "HW", "Walker" -> "W". */
function initialsOf(word: string): string {
  return /^(?:\p{Lu}\.?)+$/u.test(word) ? word.replace(/\./g, '') : word.charAt(0);
}

/**
 * The lengths of the first words that start with an ASCII character other
 * than a capital, by that character: bit n of `lengths[code]` for a length
 * n under 32, `code * 0x10000 + n` in `longer` for the rest. Bits, since
 * this is asked for nearly every word of an article.
 */
interface LowerStarts {
  lengths: Uint32Array;
  longer: ReadonlySet<number>;
}

function lowerStarts(firstWords: readonly string[]): LowerStarts {
  const lengths = new Uint32Array(0x80);
  const longer = new Set<number>();
  for (const word of firstWords) {
    const code = word.charCodeAt(0);
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) continue;
    if (word.length < 32) lengths[code]! |= 1 << word.length;
    else longer.add(code * 0x10000 + word.length);
  }
  return { lengths, longer };
}
