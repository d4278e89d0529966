/**
 * A language's lexicon: the words and names the recognizer's heuristics read
 * (titles, role nouns, words that end organizations' names...), each listed
 * once with its features, and the sets and tables built from them on first use.
 * Per-language word lists live in `./en/` and the like; `lexicon-for.ts`
 * picks one by the page's language.
 */
import { TextKeyTable } from '../text-key-table.ts';

/** What a word is to the heuristics. The comment says in which case text writes it for that use. */
export type WordFeature =
  /** Capitalized, before a person's name, and evidence that a short name is a person's: "President", "Mr", "Bishop". */
  | 'title'
  /** Capitalized, a military or police rank before a name: "General", "Sgt". Not evidence for a known person's surname. */
  | 'rank'
  /** Capitalized, a word that builds a title but is none alone: "Vice", "Chief", "Deputy". */
  | 'title-part'
  /** Capitalized, makes the single word after it a surname: "Mr. Okafor", "Judge Lin". */
  | 'honorific'
  /** Capitalized, a title only men bear: "Mr", "Sir", "King". A record's gender must agree with it. */
  | 'male-title'
  /** Capitalized, a title only women bear: "Ms", "Dame", "Queen". A record's gender must agree with it. */
  | 'female-title'
  /** Lowercase, a person's role or relation: "economist", "wife", "striker". */
  | 'person-role'
  /** Lowercase, what an organization is: "chipmaker", "lender", "party". */
  | 'organization-role'
  /** Lowercase, a word that may stand in a descriptor before its role noun: "former", "defence". */
  | 'modifier'
  /** Lowercase, a particle inside a person's name: "van", "de", "bin". */
  | 'particle'
  /** Lowercase, a word inside an organization's name: "Banco de …", "Ernst y …". */
  | 'org-connector'
  /** Lowercase, joins an organization word to its complement: "Ministry of …", "Centre for …". */
  | 'complement'
  /** Capitalized or in capitals, the last word of an organization's name: "Partners", "Ministry", "LLC". */
  | 'org-head'
  /** Capitalized, an organization word that takes a complement: "Bank of …", "Court of …". */
  | 'org-head-of'
  /** Capitalized, a word that begins so many organizations' names that alone it names none: "National". */
  | 'generic-org-word'
  /** Capitalized, makes a run of capitalized words a place, an event or a thing: "Street", "Prize". */
  | 'not-person'
  /** Capitalized, the name of a body that many countries have: "Senate", "Parliament" (see the name feature). */
  | 'shared-body'
  /** Capitalized, written with a period: "Mr.", "Gen.", "Jr.", "Inc.". */
  | 'abbreviation'
  /** Capitalized, starts a place's name: "St. Louis", "Ft. Worth". */
  | 'place-prefix'
  /** As written, ends a person's name: "Jr", "III". */
  | 'name-suffix'
  /** Capitalized, opens sentences and is no name: "When", "After", "Former". */
  | 'sentence-opener'
  /** Capitalized, a day or a month. */
  | 'calendar'
  /** Lowercase, left in lowercase by title-case headlines though four letters or more: "with", "says". */
  | 'headline-lowercase'
  /** Either case, after a name only an organization takes it: "said", "shares", "CEO". */
  | 'org-follower'
  /** Either case, a role held in an organization and never in a place: before "of", "at" or "for" it makes the name after it an organization's ("CEO of …", "a graduate of …"). */
  | 'org-office'
  /** Either case, a role held in an organization that also names a subject after "of" ("professor of History"): before "at" only it makes the name after it an organization's ("an economist at …"). */
  | 'org-member'
  /** Lowercase, after a surname says it is a political leader's: "the Obama administration", "the Carter presidency". */
  | 'leader-follower'
  /** Either case, before a place makes it the place: "in", "based". */
  | 'locative'
  /** Lowercase, a noun a place's name stands before as a modifier: "the Atlantic hurricane season", "the Pacific coast". */
  | 'place-noun'
  /** Either case, before "the" and a building: "visited", "outside". */
  | 'visit-word'
  /** Either case, before a platform where something was posted: "on", "via". */
  | 'post-place'
  /** Lowercase, stands between a preposition and a noun: "his", "the". */
  | 'determiner'
  /** Capitalized, opens a wire story's credit line before "by": "Reporting", "Editing". */
  | 'credit-word'
  /** Either case, labels a photo credit before a name: "Photo by", "Photograph:", "Credit". */
  | 'photo-credit'
  /** Lowercase, a verb of speech beside a name says it is a person's: "said", "according to". */
  | 'speech-verb'
  /** Lowercase, after a name and a comma says it is a person's: "who". */
  | 'person-relative'
  /** Lowercase, turns an apposition into a clause: "said", "who". */
  | 'clause-word'
  /** Lowercase, joins the names of a list: "Apple and Netflix", "of Health and Human Services". */
  | 'list-joiner'
  /** Lowercase, before a given name makes it the name, not its bearer: "a second Stephen". */
  | 'indefinite-article'
  /** Lowercase, "the", which may follow a complement inside a name: "Ministry of the Interior". */
  | 'definite-article';

/** How text writes a feature's words: lowercase, capitalized, either, or capitalized or in capitals. */
type Case = 'lower' | 'capitalized' | 'either' | 'capitalized-or-upper';

const CASE_OF: Record<WordFeature, Case> = {
  title: 'capitalized',
  rank: 'capitalized',
  'title-part': 'capitalized',
  honorific: 'capitalized',
  'male-title': 'capitalized',
  'female-title': 'capitalized',
  'person-role': 'lower',
  'organization-role': 'lower',
  modifier: 'lower',
  particle: 'lower',
  'org-connector': 'lower',
  complement: 'lower',
  'org-head': 'capitalized-or-upper',
  'org-head-of': 'capitalized',
  'generic-org-word': 'capitalized',
  'not-person': 'capitalized',
  'shared-body': 'capitalized',
  abbreviation: 'capitalized',
  'place-prefix': 'capitalized',
  'name-suffix': 'capitalized',
  'sentence-opener': 'capitalized',
  calendar: 'capitalized',
  'headline-lowercase': 'lower',
  'org-follower': 'either',
  'org-office': 'either',
  'org-member': 'either',
  'leader-follower': 'lower',
  locative: 'either',
  'place-noun': 'lower',
  'visit-word': 'either',
  'post-place': 'either',
  determiner: 'lower',
  'credit-word': 'capitalized',
  'photo-credit': 'either',
  'speech-verb': 'lower',
  'person-relative': 'lower',
  'clause-word': 'lower',
  'list-joiner': 'lower',
  'definite-article': 'lower',
  'indefinite-article': 'lower',
};

export type LexiconWords = Readonly<Record<string, readonly WordFeature[]>>;

/** What a proper name is to the heuristics. */
export type NameFeature =
  /** A seat of government whose name stands for the government: "the White House said". */
  | 'seat-of-government'
  /** A region that names sports teams but is no place of the places list: "Golden State". */
  | 'team-place'
  /** Shaped like an organization's name, but a place or a room: "Oval Office". */
  | 'not-organization'
  /**
   * The name of a body that many countries have: "Supreme Court", "Bundesrat".
   * No record bears it as a full name; the bodies are named with their country
   * and the article's country decides which one the bare name means.
   */
  | 'shared-body';

export interface LexiconSource {
  /** A BCP 47 primary language subtag: "en". */
  lang: string;
  words: LexiconWords;
  /** Proper names, as written. */
  names: Readonly<Record<string, readonly NameFeature[]>>;
  /** Countries by ISO 3166-1 alpha-2 code, with their names and demonyms as news writes them before a body's name. */
  countries: Readonly<Record<string, readonly string[]>>;
  /** Short forms of given names, to their full form ("Bill" -> "William"). */
  givenNameShortForms: Readonly<Record<string, string>>;
}

export class Lexicon {
  readonly lang: string;
  private readonly sets = new Map<string, ReadonlySet<string>>();
  private readonly nameSets = new Map<NameFeature, ReadonlySet<string>>();
  private readonly derived = new Map<string, unknown>();

  constructor(private readonly source: LexiconSource) {
    this.lang = source.lang;
  }

  /** The words with any of `features`, in the forms text writes them for those features. */
  words(...features: WordFeature[]): ReadonlySet<string> {
    const key = features.length === 1 ? features[0]! : features.join('+');
    let set = this.sets.get(key);
    if (!set) {
      const built = new Set<string>();
      for (const [word, its] of Object.entries(this.source.words)) {
        for (const feature of features) if (its.includes(feature)) for (const form of formsOf(word, CASE_OF[feature])) built.add(form);
      }
      set = built;
      this.sets.set(key, set);
    }
    return set;
  }

  /** The words with `feature` that also have one of `anyOf`, in the forms `feature` reads: abbreviations that end names ("Jr", "Inc"). */
  wordsWithBoth(feature: WordFeature, anyOf: WordFeature[]): ReadonlySet<string> {
    return this.memo(`both:${feature}:${anyOf.join('+')}`, () => {
      const others = this.words(...anyOf);
      return new Set([...this.words(feature)].filter((w) => others.has(w)));
    });
  }

  /** The same words as a `TextKeyTable`, to ask of a range of text; a caseless table holds them in lowercase. */
  table(caseless: boolean, ...features: WordFeature[]): TextKeyTable {
    return this.memo(`table:${caseless}:${features.join('+')}`, () => {
      const words = [...this.words(...features)];
      return new TextKeyTable(caseless ? [...new Set(words.map((w) => w.toLowerCase()))] : words, caseless);
    });
  }

  /** Whether a name, as written, is one of many countries' bodies: a name with the feature, or a word ("Senate"). */
  isSharedBody(name: string): boolean {
    return this.names('shared-body').has(name) || this.words('shared-body').has(name);
  }

  names(feature: NameFeature): ReadonlySet<string> {
    // Kept by feature, with no key string made per call: passes ask this for many names of an article.
    let set = this.nameSets.get(feature);
    if (!set) {
      set = new Set(
        Object.entries(this.source.names)
          .filter(([, its]) => its.includes(feature))
          .map(([name]) => name),
      );
      this.nameSets.set(feature, set);
    }
    return set;
  }

  get countries(): LexiconSource['countries'] {
    return this.source.countries;
  }

  get givenNameShortForms(): LexiconSource['givenNameShortForms'] {
    return this.source.givenNameShortForms;
  }

  /** Something built from the lexicon once and kept with it: a RegExp, a table. */
  memo<T>(key: string, build: () => T): T {
    let value = this.derived.get(key);
    if (value === undefined && !this.derived.has(key)) this.derived.set(key, (value = build()));
    return value as T;
  }
}

/** A word in lowercase is written capitalized where a feature reads it so; a word with capitals ("CEO", "GmbH") only as it is. */
function formsOf(word: string, wordCase: Case): string[] {
  if (word !== word.toLowerCase()) return wordCase === 'lower' ? [word.toLowerCase()] : [word];
  const capitalized = capitalize(word);
  // "co-chair" is written "Co-chair" and "Co-Chair".
  const titled = word.includes('-') ? word.split('-').map(capitalize).join('-') : capitalized;
  switch (wordCase) {
    case 'lower':
      return [word];
    case 'capitalized':
      return [...new Set([capitalized, titled])];
    case 'either':
      return [...new Set([word, capitalized, titled])];
    case 'capitalized-or-upper':
      return [...new Set([capitalized, titled, word.toUpperCase()])];
  }
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
