/**
 * People and organizations the dataset does not list. News names far more
 * people than any bundled dataset can hold (analysts, officials, players,
 * small firms), and a reader wants to see them as part of the cast all the
 * same. A run of capitalized words in running prose is taken as:
 *   - a person, when it starts with a known given name ("Renata Culpepper")
 *     or follows a title ("Health Minister Teodoro Herbosa", "Mr. Okafor");
 *   - an organization, when it ends with a word that ends such names
 *     ("Brightwater Equity Partners") or is one of them followed by "of"
 *     ("Ministry of Defence", "Court of Appeals for the Ninth Circuit").
 * Headlines in title case or capitals never introduce a name, since every
 * word there is capitalized; they and the rest of the article do repeat
 * names found in prose, and a person's surname alone then means them.
 * Their cards say that the dataset has no record of them.
 */
import type { EntityType } from './entity-schema.ts';
import type { EntityLookup } from './entity-lookup.ts';
import type { Mention } from './mention.ts';
import type { WordSpans } from './word-spans.ts';
import { CALENDAR_WORDS, SENTENCE_OPENERS, withAbbreviationPeriod, type BlockShape } from './text-cues.ts';
import { SortedSpans } from './sorted-spans.ts';
import { unlistedId } from './unlisted-id.ts';
import { TextKeyTable } from './text-key-table.ts';
import { isLetterCode, isLetterOrDigitCode, isUpperCode, wordStartBefore } from './char-codes.ts';

/** Titles and roles written before a name: "Judge", "Health Minister", "Chief Executive". */
const TITLE_WORDS = new Set([
  'President', 'Vice', 'Prime', 'Minister', 'Premier', 'Chancellor', 'Secretary', 'Senator', 'Sen', 'Representative', 'Rep',
  'Congressman', 'Congresswoman', 'Governor', 'Gov', 'Mayor', 'Speaker', 'Leader', 'King', 'Queen', 'Prince', 'Princess', 'Pope',
  'Sheikh', 'Emir', 'Ambassador', 'Envoy', 'Commissioner', 'Judge', 'Justice', 'Chief', 'General', 'Gen', 'Admiral', 'Adm', 'Colonel',
  'Col', 'Lt', 'Sgt', 'Sergeant', 'Captain', 'Capt', 'Commander', 'Major', 'Maj', 'Marshal', 'Lieutenant', 'Director', 'Chairman',
  'Chairwoman', 'Chair', 'Chairperson', 'CEO', 'CFO', 'COO', 'CTO', 'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame',
  'Lord', 'Lady', 'Rev', 'Reverend', 'Father', 'Bishop', 'Archbishop', 'Cardinal', 'Rabbi', 'Imam', 'Coach', 'Officer', 'Executive',
  'Deputy', 'Assistant', 'Attorney', 'Inspector', 'Detective', 'Superintendent', 'Councillor', 'Councilman', 'Councilwoman',
  'Alderman', 'Treasurer', 'Comptroller', 'Auditor', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Founder', 'Co-founder', 'Analyst',
  'Economist', 'Strategist', 'Chairs', 'Head', 'Manager', 'Delegate', 'Negotiator', 'Co-Chair', 'Co-chair', 'Elect', 'Crown',
  'Undersecretary', 'Corporal', 'Trooper', 'Constable', 'Sheriff', 'Agent', 'Seaman', 'Airman', 'Administrator', 'Registrar', 'Provost', 'Dean', 'Principal', 'Editor', 'Publisher', 'Correspondent',
]);

/** Lowercase words for a person's role or relation that a person's name may follow ("economist", "his wife"). */
const PERSON_ROLES = new Set([
  'analyst', 'economist', 'strategist', 'spokesperson', 'spokesman', 'spokeswoman', 'lawyer', 'attorney', 'coach', 'manager', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'quarterback', 'pitcher', 'runner', 'sprinter', 'swimmer', 'cyclist', 'player', 'actor',
  'actress', 'singer', 'rapper', 'musician', 'filmmaker', 'novelist', 'poet', 'artist', 'journalist', 'reporter', 'correspondent',
  'columnist', 'photographer', 'scientist', 'researcher', 'professor', 'historian', 'activist', 'campaigner', 'lawmaker', 'envoy',
  'diplomat', 'negotiator', 'adviser', 'advisor', 'aide', 'founder', 'co-founder', 'investor', 'billionaire', 'entrepreneur',
  'candidate', 'challenger', 'incumbent', 'prosecutor', 'commander', 'soldier', 'pilot', 'teammate', 'resident', 'student', 'teacher',
  'doctor', 'nurse', 'farmer', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'cousin', 'widow',
  'victim', 'suspect', 'defendant', 'plaintiff', 'witness', 'survivor', 'designer', 'architect', 'chef', 'comedian', 'host', 'presenter',
]);

/** Honorifics that make the single word after them a surname ("Mr. Okafor"). */
const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Sen', 'Rep', 'Gov', 'Judge', 'Justice', 'Prof', 'Professor', 'Coach', 'Minister', 'President', 'Senator', 'Governor', 'Mayor', 'Ambassador', 'Commissioner']);

/** Lowercase words that may stand inside a name between capitalized ones. */
const PERSON_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'della', 'dos', 'das', 'do', 'du', 'la', 'le', 'bin', 'binti', 'al', 'el', 'ben', 'ibn', 'ter', 'zu']);
const ORG_CONNECTORS = new Set(['de', 'du', 'des', 'la', 'le', 'del', 'di', 'y']);
/** Every lowercase word that may stand inside a run of capitalized words (see `forEachCapitalizedRun`). */
const RUN_CONNECTORS = new TextKeyTable([...new Set(['of', 'for', 'on', 'the', 'and', ...PERSON_PARTICLES, ...ORG_CONNECTORS])]);

/** Last words of organizations' names. */
const ORG_HEADS = new Set([
  'Company', 'Companies', 'Corporation', 'Corp', 'Inc', 'Incorporated', 'Ltd', 'Limited', 'LLC', 'LLP', 'PLC', 'Plc', 'AG', 'SA', 'NV',
  'GmbH', 'SE', 'Group', 'Holdings', 'Labs', 'Lab', 'Laboratories', 'Foundation', 'Institute', 'Institution', 'Partners',
  'Partnership', 'Research', 'Systems', 'Technologies', 'Technology', 'Ventures', 'Fund', 'Trust', 'Association', 'Council',
  'Committee', 'Commission', 'Agency', 'Authority', 'Services', 'Service', 'Industries', 'Studios', 'Entertainment', 'Pictures',
  'Airlines', 'Airways', 'Motors', 'Bancorp', 'Securities', 'Insurance', 'Pharmaceuticals', 'Pharma', 'Therapeutics', 'University',
  'College', 'Academy', 'Club', 'Union', 'Society', 'Forum', 'Centre', 'Center', 'Network', 'Enterprises', 'Investments',
  'Management', 'Advisors', 'Advisers', 'Capital', 'Bank', 'Bancorp', 'Ministry', 'Department', 'Office', 'Bureau', 'Court',
  'Tribunal', 'Parliament', 'Assembly', 'Party', 'Coalition', 'Alliance', 'Federation', 'Confederation', 'League', 'Board', 'Body',
  'Police', 'Army', 'Navy', 'Guard', 'Church', 'Hospital', 'Clinic', 'School', 'Museum', 'Library', 'Energy', 'Petroleum', 'Oil',
  'Mining', 'Brands', 'Foods', 'Media', 'Records', 'Software', 'Solutions', 'Consulting', 'Communications', 'Telecom',
  'Logistics', 'Shipping', 'Exchange', 'Organisation', 'Organization', 'Secretariat', 'Directorate', 'Inspectorate', 'Command',
  'Cabinet', 'Congress', 'Senate', 'Caucus', 'Syndicate', 'Cooperative', 'Collective', 'Consortium', 'Observatory', 'Council', 'Workers', 'Gazette', 'Tribune', 'Herald', 'Journal', 'Times', 'Post', 'Chronicle',
  'Broadcasting', 'Television', 'Radio', 'Press', 'Magazine', 'Motor', 'Steel', 'Chemicals', 'Electric', 'Railways', 'Administration',
]);

/** Organization words that take a complement: "Ministry of Defence", "Bank of Nigeria", "Court of Appeals". */
const ORG_HEADS_WITH_OF = new Set([
  'Ministry', 'Department', 'Bank', 'University', 'Institute', 'Court', 'Office', 'Bureau', 'Council', 'Commission', 'Academy',
  'Agency', 'Authority', 'Board', 'Church', 'College', 'School', 'Federation', 'Association', 'Union', 'League', 'Society', 'Party',
  'Federal', 'Chamber', 'House', 'Secretariat', 'Directorate', 'Organisation', 'Organization', 'Centre', 'Center', 'Museum', 'Fund',
  'Committee', 'Company', 'Corporation', 'Service', 'Foundation', 'Coalition', 'Alliance', 'Congress', 'Assembly', 'Friends',
]);

/** Words that make a capitalized run a place, an event or a thing rather than a person. */
const NOT_PERSON_WORDS = new Set([
  'Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Boulevard', 'Square', 'Park', 'Bridge', 'River', 'Lake', 'Island', 'Islands', 'Mountain',
  'Mountains', 'Valley', 'Beach', 'Bay', 'City', 'Town', 'County', 'Province', 'State', 'Airport', 'Station', 'Stadium', 'Arena', 'Hall',
  'Hotel', 'Tower', 'Building', 'Award', 'Awards', 'Prize', 'Cup', 'Trophy', 'Act', 'Bill', 'Law', 'Day', 'Week', 'Festival', 'Games',
  'Championship', 'Open', 'Series', 'Show', 'Live', 'Tonight', 'Foundation', 'Memorial', 'Center', 'Centre', 'Cathedral', 'Chapel',
  'Highway', 'Freeway', 'Drive', 'Lane', 'Way', 'Place', 'Heights', 'Hills', 'Gardens', 'Garden', 'Forest', 'Desert', 'Sea', 'Ocean',
  'Strait', 'Gulf', 'Canal', 'Coast', 'Peninsula', 'Plaza', 'Mall', 'Market', 'Fair', 'Expo', 'Summit', 'Conference', 'Olympics',
  'University', 'College', 'School', 'Institute', 'Hospital', 'Museum', 'Library', 'Church', 'Fund', 'Trust', 'Prize', 'Medal', 'Lecture',
  'Doctrine', 'Rule', 'Plan', 'Report', 'Index', 'Effect', 'Syndrome', 'Disease', 'Era', 'Age', 'Dynasty', 'Stakes', 'Classic', 'Cross',
  'Line', 'Tour', 'Prize', 'Trophy', 'Medal', 'Stadium', 'Accords', 'Accord', 'Treaty', 'Agreement', 'Convention', 'Protocol',
]);

/** Abbreviations written with a period inside a name or before one: "Mr. Okafor", "St. Louis". */
const ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Capt', 'Sgt', 'Maj', 'Adm', 'Prof', 'Rev', 'St', 'Ft', 'Mt']);

/** Names shaped like organizations' that are places or rooms. */
const NOT_ORGANIZATIONS = new Set(['Soviet Union', 'Oval Office', 'Situation Room', 'West Bank', 'Left Bank', 'South Bank', 'Big Society']);

const NAME_SUFFIXES = new Set(['Jr', 'Sr', 'II', 'III', 'IV', 'Jnr', 'Snr']);
const INITIAL = /^\p{Lu}$/u;
const CAPITALIZED = /^\p{Lu}/u;
const INTRODUCED_ACRONYM = /^,? \(([A-Z][A-Z0-9&]{1,9})\)/;

interface Found {
  block: number;
  start: number;
  end: number;
  type: EntityType;
  name: string;
  /** The dataset person this turned out to be, under a form of the name the dataset lacks ("Joseph R. Biden Jr."). */
  entity?: number;
}

/** A span already marked: a mention found before this pass, or a name this pass found. */
type MarkedSpan = Mention | Found;

function isEarlierMention(span: MarkedSpan): span is Mention {
  return 'entityId' in span;
}

/**
 * Mentions of people and organizations the dataset does not list, given the
 * mentions already found; `absorbed` are found mentions that turned out to
 * begin a longer organization's name ("Bezos" in "Bezos Earth Fund").
 */
export function findUnlistedNames(lookup: EntityLookup, article: ArticleText, found: readonly Mention[]): { mentions: Mention[]; absorbed: Set<Mention> } {
  const { texts, folded, words: blockWords, shapes } = article;
  const occupied = new SortedSpans<MarkedSpan>(found);
  const introduced: Found[] = [];
  const absorbed = new Set<Mention>();
  folded.forEach((text, block) => {
    if (shapes[block]!.headline) return;
    const words = blockWords[block]!;
    // Spans absorbed into a longer name leave the block's marked spans once its runs are read.
    const absorbedHere: Mention[] = [];
    forEachCapitalizedRun(text, words, occupied.inBlock(block), (run) => {
      for (const candidate of classifyRun(lookup, text, words, run)) {
        let start = candidate.start;
        const before = candidate.type === 'organization' && text.charAt(start - 1) === ' ' ? occupied.inBlock(block).find((s): s is Mention => s.end === start - 1 && isEarlierMention(s)) : undefined;
        if (before) {
          absorbed.add(before);
          absorbedHere.push(before);
          start = before.start;
        }
        const end = withAbbreviationPeriod(text, candidate.end);
        const found: Found = { block, start, end, type: candidate.type, name: texts[block]!.slice(start, end) };
        const entity = candidate.type === 'person' ? lookup.personByNameParts(text.slice(start, end)) : undefined;
        if (entity !== undefined) found.entity = entity;
        introduced.push(found);
      }
    });
    for (const span of absorbedHere) occupied.remove(span);
  });
  if (introduced.length === 0) return { mentions: [], absorbed };
  for (const f of introduced) occupied.add(f);
  const mentions = introduced.map((f) => toMention(lookup, f));
  const named = new Set(found.map((m) => m.entityId));
  mentions.push(...repeatedNames(lookup, folded, blockWords, shapes, introduced, occupied, named));
  return { mentions, absorbed };
}

/** An article's blocks as the recognizer has read them: as on the page, folded, their words and shapes. */
export interface ArticleText {
  texts: readonly string[];
  folded: readonly string[];
  words: readonly WordSpans[];
  shapes: readonly BlockShape[];
}

function toMention(lookup: EntityLookup, f: Found, owner: Found = f): Mention {
  const entityId = owner.entity !== undefined ? lookup.entities[owner.entity]!.id : unlistedId(f.type, owner.name);
  return { block: f.block, start: f.start, end: f.end, entityId, type: f.type };
}

interface Run {
  /** Indices into the block's words; connectors included. */
  words: number[];
  /** Positions in `words` of the words an ampersand joined to the word before ("Ben & Jerry"). */
  afterAmpersand: readonly number[];
}

/**
 * Runs of capitalized words joined by a space, a hyphen or an apostrophe
 * ("Pettigrew-Vale", "O'Neill"), an initial's period ("Robert F. Kennedy"),
 * a name particle ("Ursula von der Leyen"), or, inside an organization's
 * name, "of", "for" and "and" ("Department of Health and Human Services").
 */
const NO_AMPERSANDS: number[] = [];

function forEachCapitalizedRun(text: string, words: WordSpans, taken: readonly { start: number; end: number }[], onRun: (run: Run) => void): void {
  // Reused for every run: `onRun` reads a run before the next one starts.
  const current: number[] = [];
  let afterAmpersand: number[] = NO_AMPERSANDS;
  let inComplement = false;
  let next = 0; // the first taken span that does not end before the current word
  const flush = () => {
    while (current.length > 0 && !startsCapitalized(text, words.starts[current[current.length - 1]!]!)) current.pop();
    // One word is never a name here (see `classifyRun`): only runs of two words or more are kept.
    if (current.length > 1) onRun({ words: current, afterAmpersand });
    // Emptied by popping: setting the length to 0 would drop the array's storage, and the next run would allocate it again.
    while (current.length > 0) current.pop();
    afterAmpersand = NO_AMPERSANDS;
    inComplement = false;
  };
  for (let i = 0; i < words.count; i++) {
    const start = words.starts[i]!;
    const end = words.ends[i]!;
    while (next < taken.length && taken[next]!.end <= start) next++;
    const isTaken = next < taken.length && taken[next]!.start < end;
    const capitalized = startsCapitalized(text, start);
    // Only capitalized words and short lowercase connectors can be part of a run: skip the rest without slicing.
    if (!isTaken && !capitalized && (end - start > 5 || current.length === 0)) {
      if (current.length > 0) flush();
      continue;
    }
    if (current.length > 0 && (isTaken || !joins(text, words, i, capitalized))) flush();
    if (isTaken) continue;
    if (capitalized) {
      if (current.length > 0 && text.startsWith(' & ', words.ends[i - 1]!) && words.ends[i - 1]! + 3 === start) afterAmpersand = [...afterAmpersand, current.length];
      current.push(i);
      continue;
    }
    // A lowercase word joins a run only as a connector: tell the rest without slicing them.
    if (current.length === 0 || RUN_CONNECTORS.indexOfRange(text, start, end) < 0) {
      flush();
      continue;
    }
    const word = text.slice(start, end);
    const previous = wordAt(text, words, current[current.length - 1]!);
    let joinsRun: boolean;
    if (word === 'of' || word === 'for' || word === 'on') joinsRun = inComplement || ORG_HEADS_WITH_OF.has(previous);
    else if (word === 'the') joinsRun = previous === 'of' || previous === 'for' || previous === 'on';
    else if (word === 'and') joinsRun = inComplement && CAPITALIZED.test(previous);
    else joinsRun = PERSON_PARTICLES.has(word) || ORG_CONNECTORS.has(word);
    if (joinsRun) {
      if (word === 'of' || word === 'for' || word === 'on') inComplement = true;
      current.push(i);
    } else {
      flush();
    }
  }
  flush();
}

/** Whether the word at `start` begins with a capital letter, by its character code where it can. */
function startsCapitalized(text: string, start: number): boolean {
  return isUpperCode(text.charCodeAt(start));
}

function wordAt(text: string, words: WordSpans, i: number): string {
  return text.slice(words.starts[i]!, words.ends[i]!);
}

/** Whether word `i` (capitalized or not) continues the run of the word before it, by what stands between them. */
function joins(text: string, words: WordSpans, i: number, capitalized: boolean): boolean {
  const gapStart = words.ends[i - 1]!;
  const gapLength = words.starts[i]! - gapStart;
  const c = text.charCodeAt(gapStart);
  // A space, a hyphen or an apostrophe ("Pettigrew-Vale", "O'Neill").
  if (gapLength === 1 && (c === 0x20 || c === 0x2d || c === 0x27)) return true;
  if (gapLength === 3 && text.startsWith(' & ', gapStart)) return true;
  // "F. Kennedy", "U.S. District", "St. Louis": a period after an initial or a short abbreviation.
  if (c === 0x2e && (gapLength === 1 || (gapLength === 2 && text.charCodeAt(gapStart + 1) === 0x20))) {
    if (!capitalized) return false;
    const previous = wordAt(text, words, i - 1);
    return INITIAL.test(previous) || ABBREVIATIONS.has(previous);
  }
  return false;
}

interface Candidate {
  start: number;
  end: number;
  type: EntityType;
}

/** The words of one run as strings, with their places in the text. */
class RunWords {
  readonly words: string[];
  readonly n: number;

  constructor(
    private readonly lookup: EntityLookup,
    private readonly text: string,
    private readonly all: WordSpans,
    private readonly indices: readonly number[],
  ) {
    this.words = indices.map((i) => text.slice(all.starts[i]!, all.ends[i]!));
    this.n = indices.length;
  }

  word(k: number): string {
    return this.words[k]!;
  }

  isLower(k: number): boolean {
    return !startsCapitalized(this.text, this.startOf(k));
  }

  startOf(k: number): number {
    return this.all.starts[this.indices[k]!]!;
  }

  endOf(k: number): number {
    return this.all.ends[this.indices[k]!]!;
  }

  /** Whether words `from` to `to` (inclusive) are a place of the lexicon. */
  isPlace(from: number, to: number): boolean {
    return this.lookup.isPlace(this.text.slice(this.startOf(from), this.endOf(to)));
  }
}

/** The person and organization names in one run, if any. */
function classifyRun(lookup: EntityLookup, text: string, all: WordSpans, run: Run): Candidate[] {
  const n = run.words.length;
  // One word is never a name here: a person needs a surname or a title before it, an organization two words.
  if (n < 2) return NO_CANDIDATES;
  const words = new RunWords(lookup, text, all, run.words);

  // Leading words that open a sentence or are a weekday are not part of any name.
  let first = 0;
  while (first < n && (SENTENCE_OPENERS.has(words.word(first)) || CALENDAR_WORDS.test(words.word(first)) || words.isLower(first))) first++;
  if (n - first < 2) return NO_CANDIDATES;

  const out: Candidate[] = [];
  // "economist Tiwalade Ogunlesi", "his wife Ann Lee": a person's role in lowercase right before the run.
  const afterRole = first === 0 && PERSON_ROLES.has(lowercaseWordBefore(text, words.startOf(0)));
  const person = personIn(lookup, words, first, run.afterAmpersand, afterRole);
  const orgEnd = person ? person.titleStart : n;
  if (person) out.push({ start: words.startOf(person.from), end: words.endOf(n - 1), type: 'person' });
  const org = organizationIn(words, first, orgEnd);
  if (org) out.push({ start: words.startOf(org.from), end: words.endOf(org.to), type: 'organization' });
  return out;
}

const NO_CANDIDATES: Candidate[] = [];

/** The lowercase word (letters and hyphens) right before `start` and one space ("economist" in "economist Tiwalade Ogunlesi"), or "". */
function lowercaseWordBefore(text: string, start: number): string {
  if (text.charCodeAt(start - 1) !== 0x20) return '';
  const floor = Math.max(0, start - 24);
  let from = start - 1;
  while (from > floor) {
    const c = text.charCodeAt(from - 1);
    if ((c >= 0x61 && c <= 0x7a) || c === 0x2d) from--;
    else if (c >= 0x80) return /([\p{Ll}-]+) $/u.exec(text.slice(floor, start))?.[1] ?? ''; // beyond ASCII: let the RegExp judge
    else break;
  }
  return text.slice(from, start - 1);
}

/**
 * A person's name at the end of the run: from a given name, or from the
 * word after a title, to the end of the run. `titleStart` is where the
 * titles before it begin, so that an organization may stand before them
 * ("Regulatory Commission Chief Executive Gbenga Komolafe").
 */
function personIn(lookup: EntityLookup, run: RunWords, first: number, afterAmpersand: readonly number[], afterRole: boolean): { from: number; titleStart: number } | undefined {
  const n = run.n;
  for (let k = first; k < n; k++) {
    if (run.isLower(k) || TITLE_WORDS.has(run.word(k))) continue;
    const afterTitle = k > first && TITLE_WORDS.has(run.word(k - 1));
    const given = lookup.isGivenName(run.word(k)) || (afterRole && k === first);
    if (!given && !afterTitle) continue;
    const rest = nameWordsOf(run, k);
    if (rest === undefined) continue;
    const honorific = afterTitle && HONORIFICS.has(run.word(k - 1));
    if (rest < 2 && !honorific) continue;
    if (rest > 4) continue;
    // "Hong Kong", "Sierra Leone", "Abu Dhabi Investment Office": a place, or a name that starts with one.
    if (startsWithPlace(run, k)) continue;
    // "Ben & Jerry": two names, a brand, never one person.
    if (afterAmpersand.some((j) => j > k)) continue;
    // What stands before the name must be titles, or an organization followed by titles.
    let titleStart = k;
    while (titleStart > first && TITLE_WORDS.has(run.word(titleStart - 1))) titleStart--;
    if (titleStart > first && titleStart === k) continue; // unexplained capitalized words before the name
    return { from: k, titleStart };
  }
  return undefined;
}

/** The words from `k` to the end are a place, or start with a place of two words or more. */
function startsWithPlace(run: RunWords, k: number): boolean {
  const n = run.n;
  if (run.isPlace(k, n - 1)) return true;
  for (let to = k + 1; to < n - 1; to++) if (run.isPlace(k, to)) return true;
  return false;
}

/** How many name words run from `k` to the end, or undefined when they cannot be one person's name. */
function nameWordsOf(run: RunWords, k: number): number | undefined {
  const n = run.n;
  let count = 0;
  for (let j = k; j < n; j++) {
    const w = run.word(j);
    if (run.isLower(j)) {
      if (!PERSON_PARTICLES.has(w)) return undefined;
      continue;
    }
    if (TITLE_WORDS.has(w) && !NAME_SUFFIXES.has(w)) return undefined;
    if (NOT_PERSON_WORDS.has(w) || ORG_HEADS.has(w) || CALENDAR_WORDS.test(w)) return undefined;
    if (/\d/.test(w) || (w.length > 1 && w === w.toUpperCase() && !NAME_SUFFIXES.has(w))) return undefined;
    if (!INITIAL.test(w) && !NAME_SUFFIXES.has(w)) count++;
  }
  return count;
}

/** An organization's name among words [first, end): ending with an organization word, or one followed by "of …". */
function organizationIn(run: RunWords, first: number, end: number): { from: number; to: number } | undefined {
  let to = end - 1;
  while (to >= first && (run.isLower(to) || TITLE_WORDS.has(run.word(to)))) to--;
  if (to <= first) return undefined;
  let from = first;
  // A leading title is a role, not the organization ("Minister of Foreign Affairs").
  if (TITLE_WORDS.has(run.word(from))) return undefined;
  while (from < to && run.isLower(from)) from++;
  const last = run.word(to);
  if (NOT_ORGANIZATIONS.has(`${run.word(to - 1)} ${last}`)) return undefined;
  // "Trump Administration" is a president's government, named after him; "Small Business Administration" is a body.
  if (last === 'Administration' && to - from < 2) return undefined;
  if (ORG_HEADS.has(last)) {
    // "and" joins two organizations unless it stands inside an "of" complement ("Department of Health and Human Services").
    for (let k = from; k < to; k++) if (run.word(k) === 'and' && !hasOfBefore(run, from, k)) return undefined;
    return { from, to };
  }
  for (let k = from; k < to; k++) {
    if (ORG_HEADS_WITH_OF.has(run.word(k)) && (run.word(k + 1) === 'of' || run.word(k + 1) === 'for' || run.word(k + 1) === 'on')) return { from, to };
  }
  return undefined;
}

function hasOfBefore(run: RunWords, from: number, k: number): boolean {
  for (let j = from; j < k; j++) if (run.word(j) === 'of' || run.word(j) === 'for') return true;
  return false;
}

/**
 * Later mentions of the names found: the full name again anywhere (headlines
 * too, in capitals where they are set in capitals), a person's surname
 * standing alone, and an acronym introduced right after an organization.
 */
function repeatedNames(
  lookup: EntityLookup,
  folded: readonly string[],
  blockWords: readonly WordSpans[],
  shapes: readonly BlockShape[],
  introduced: Found[],
  occupied: SortedSpans<MarkedSpan>,
  named: ReadonlySet<string>,
): Mention[] {
  const out: Mention[] = [];
  const forms = new Map<string, { found: Found; name: string }[]>();
  const addForm = (form: string, found: Found, name: string) => {
    const list = forms.get(form) ?? [];
    if (!list.some((f) => f.name === name)) list.push({ found, name });
    forms.set(form, list);
  };
  for (const f of introduced) {
    const key = folded[f.block]!.slice(f.start, f.end);
    addForm(key, f, f.name);
    if (f.type === 'person') {
      const surname = surnameOf(key);
      // "Eric Trump" beside Donald Trump: the surname alone stays ambiguous, so it is left to the dataset's evidence.
      const sharedWithNamed = surname !== undefined && (lookup.entriesFor(surname) ?? []).some((e) => named.has(lookup.entities[e.entity]!.id));
      if (surname && !sharedWithNamed) addForm(surname, f, f.name);
    } else {
      const acronym = INTRODUCED_ACRONYM.exec(folded[f.block]!.slice(f.end, f.end + 16));
      if (acronym) addForm(acronym[1]!, f, f.name);
      const short = distinctiveFirstWord(lookup, key);
      if (short) addForm(short, f, f.name);
    }
  }
  // Forms by their first word, longest first, so that each block's words are looked at once.
  const byFirstWord = new Map<string, { form: string; upper: string; owners: { found: Found; name: string }[] }[]>();
  for (const [form, owners] of forms) {
    const upper = form.toUpperCase();
    for (const key of new Set([firstWordOf(form), firstWordOf(upper)])) {
      const list = byFirstWord.get(key) ?? [];
      list.push({ form, upper, owners });
      list.sort((a, b) => b.form.length - a.form.length);
      byFirstWord.set(key, list);
    }
  }
  const firstWords = new TextKeyTable([...byFirstWord.keys()]);
  const formsByFirstWord = [...byFirstWord.values()];
  folded.forEach((text, block) => {
    const { caps, headline } = shapes[block]!;
    const words = blockWords[block]!;
    for (let i = 0; i < words.count; i++) {
      const start = words.starts[i]!;
      if (!startsCapitalized(text, start)) continue;
      const found = firstWords.indexOfRange(text, start, words.ends[i]!);
      if (found < 0) continue;
      const candidates = formsByFirstWord[found]!;
      for (const { form, upper, owners } of candidates) {
        const needle = caps ? upper : form;
        if (!text.startsWith(needle, start)) continue;
        const end = start + needle.length;
        // In a headline every word is capitalized, so a capital next to the name says nothing.
        if (!standsAlone(text, start, end, headline) || occupied.overlaps(block, start, end)) continue;
        const owner = nearestBefore(owners, block, start);
        const mention: Found = { block, start, end, type: owner.found.type, name: owner.name };
        occupied.add(mention);
        out.push(toMention(lookup, mention, owner.found));
        break;
      }
    }
  });
  return out;
}

function firstWordOf(form: string): string {
  return /^[\p{L}\p{N}\p{M}]+/u.exec(form)?.[0] ?? form;
}

/** Words that begin many organizations' names, so that alone they name none of them. */
const GENERIC_ORG_WORDS = new Set([
  'National', 'Federal', 'International', 'World', 'Global', 'United', 'American', 'European', 'African', 'Asian', 'Royal', 'General',
  'Central', 'Supreme', 'State', 'New', 'First', 'Public', 'Democratic', 'Republican', 'Social', 'Free', 'Civic', 'Great', 'North',
  'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Independent', 'Popular', 'Progressive', 'Conservative',
  'Liberal', 'Labour', 'Labor', 'Green', 'Red', 'Blue', 'Islamic', 'Christian', 'Catholic', 'Jewish', 'Arab', 'Ministry', 'Department',
  'Bank', 'University', 'Institute', 'Court', 'Office', 'Council', 'Commission', 'Committee', 'Agency', 'Association', 'Union', 'Party',
  'Fund', 'Foundation', 'Center', 'Centre', 'Academy', 'College', 'School', 'Church', 'Army', 'Police', 'Police', 'City', 'County',
  'Regional', 'Local', 'Municipal', 'Provincial', 'Metropolitan', 'Capital', 'Energy', 'Health', 'Human', 'Civil', 'Joint', 'Special',
  'Standard', 'Security', 'Defence', 'Defense', 'Financial', 'Economic', 'Trade', 'Development', 'Investment', 'Research', 'Policy',
]);

/**
 * "Renaissance" for the Renaissance Africa Energy Company, "Brightwater" for
 * Brightwater Equity Partners: the first word of an organization's name,
 * when it is distinctive (not a generic word, a given name, a place or a
 * name the dataset knows).
 */
function distinctiveFirstWord(lookup: EntityLookup, name: string): string | undefined {
  const words = name.split(' ');
  const first = words[0]!;
  if (words.length < 2 || first.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(first)) return undefined;
  if (GENERIC_ORG_WORDS.has(first) || SENTENCE_OPENERS.has(first) || ORG_HEADS.has(first) || TITLE_WORDS.has(first)) return undefined;
  if (lookup.isGivenName(first) || lookup.isPlace(first) || lookup.entriesFor(first) || lookup.nameLengthsStartingWith(first)) return undefined;
  return first;
}

function surnameOf(name: string): string | undefined {
  const words = name.split(/[ ]+/).filter((w) => !NAME_SUFFIXES.has(w.replace(/\.$/, '')) && !INITIAL.test(w.replace(/\.$/, '')));
  if (words.length < 2) return undefined;
  const last = words[words.length - 1]!;
  // "de la Cruz": a surname with particles is kept whole.
  let start = words.length - 1;
  while (start > 1 && PERSON_PARTICLES.has(words[start - 1]!)) start--;
  const surname = words.slice(start).join(' ');
  return last.length >= 3 ? surname : undefined;
}

/** A form stands alone when no capitalized word or letter touches it: "Brown" but not "Brown University" or "Gordon Brown". */
function standsAlone(text: string, start: number, end: number, headline: boolean): boolean {
  if (isLetterOrDigitCode(text.charCodeAt(start - 1)) || isLetterOrDigitCode(text.charCodeAt(end))) return false;
  if (headline) return true;
  const before = capitalizedWordBefore(text, start);
  if (before && !SENTENCE_OPENERS.has(before) && !TITLE_WORDS.has(before.replace(/\.$/, '')) && !CALENDAR_WORDS.test(before)) return false;
  const after = text.charCodeAt(end);
  if ((after === 0x20 || after === 0x2d) && isUpperCode(text.charCodeAt(end + 1))) return false;
  return true;
}

/**
 * The word that ends right before `start` and a space or a hyphen, from its
 * first capital (letters, periods, apostrophes and hyphens; at most 30
 * characters back), or undefined when there is none: "Gordon" before "Brown".
 */
function capitalizedWordBefore(text: string, start: number): string | undefined {
  const from = wordStartBefore(text, start, Math.max(0, start - 30), isSpaceOrHyphen, isNameWordPart, isUpperCode);
  return from < 0 ? undefined : text.slice(from, start - 1);
}

const isSpaceOrHyphen = (code: number) => code === 0x20 || code === 0x2d;
const isNameWordPart = (code: number) => code === 0x2e || code === 0x27 || code === 0x2d || isLetterCode(code);

function nearestBefore(owners: { found: Found; name: string }[], block: number, start: number): { found: Found; name: string } {
  let best = owners[0]!;
  for (const o of owners) {
    const before = o.found.block < block || (o.found.block === block && o.found.start <= start);
    if (before) best = o;
  }
  return best;
}
