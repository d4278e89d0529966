/**
 * What the words around a run of capitalized words say it names, when the
 * run itself does not (no known given name, no title, no organization word):
 *   - a person: a person's role right before it ("skipper Wade Bassi", "his
 *     father, Hori Parata,"), a verb of speech before or after it ("said Rae
 *     Zimmerman", "Wade Bassi said", "according to …"), "who" after it, or an
 *     apposition that gives a person's role or an age ("…, a professor at
 *     Purdue", "…, 75,");
 *   - an organization: what organizations are, right before or after it
 *     ("rescue group Project Jonah", "the Manu Taupunga group"), a role held
 *     in one before it ("CEO of …"), a verb and "its" after it ("… published
 *     its analysis"), or in an
 *     apposition ("…, a brokerage firm,"); or it is listed beside the
 *     dataset's organizations ("Facebook and Cambridge Analytica").
 * Each cue reads a few words beside the run, never the run itself.
 */
import type { EntityType } from '../entity-schema.ts';
import { isLetterCode, isLowerCode } from '../char-codes.ts';
import type { NameCues } from './name-cues.ts';

const MAX_APPOSITION_WORDS = 8;

/** What the context of the run at [start, end) says it names, if anything; `start` is -1 when what stands before the run says nothing (the run starts with an opener). */
export function typeFromContext(cues: NameCues, text: string, start: number, end: number): EntityType | undefined {
  // The lowercase word after the run and a space, read once for the cues after the run.
  const next = text.charCodeAt(end) === 0x20 ? lowercaseWordAt(text, end + 1) : '';
  // "said Goldman Sachs analyst Jane Roe": a person's role after the run makes it a modifier, whatever stands before.
  if (next !== '' && cues.personRoles.has(next)) return undefined;
  return (start >= 0 ? typeBefore(cues, text, start, end) : undefined) ?? typeAfter(cues, text, end, next);
}

function typeBefore(cues: NameCues, text: string, start: number, end: number): EntityType | undefined {
  if (start < 2 || text.charCodeAt(start - 1) !== 0x20) return undefined;
  // "his father, Hori Parata, carves": an apposition after a role, closed by a comma.
  const comma = text.charCodeAt(start - 2) === 0x2c;
  if (comma && text.charCodeAt(end) !== 0x2c) return undefined;
  const word = lowercaseWordEndingAt(text, comma ? start - 2 : start - 1);
  if (word === '') return undefined;
  if (cues.personRoles.has(word)) return 'person';
  // "rescue group Project Jonah", but not "the giant Tāne Mahuta": an organization's role says so with a word of its own before it.
  if (cues.organizationOnlyRoles.has(word))
    return comma || cues.appositionOpeners.has(lowercaseWordEndingAt(text, start - 2 - word.length)) ? undefined : 'organization';
  if (comma) return undefined;
  if (cues.speechVerbs.has(word)) return 'person';
  if (officeBefore(cues, text, start)) return 'organization';
  // "according to Rae Zimmerman"
  if (word === 'to' && cues.speechVerbs.has(`${lowercaseWordEndingAt(text, start - 4)} to`)) return 'person';
  return undefined;
}

/** What the words after the run say; `next`, the lowercase word after it and a space, or "". */
function typeAfter(cues: NameCues, text: string, end: number, next: string): EntityType | undefined {
  const c = text.charCodeAt(end);
  if (c === 0x20) {
    const word = next;
    if (cues.speechVerbs.has(word)) return 'person';
    if (possessiveItsFollows(text, end)) return 'organization';
    // "the Manu Taupunga group", but not "… One S. The company's app": a possessive starts another phrase.
    if (cues.organizationOnlyRoles.has(word) && text.charCodeAt(end + 1 + word.length) !== 0x27) return 'organization';
    return undefined;
  }
  if (c !== 0x2c || text.charCodeAt(end + 1) !== 0x20) return undefined;
  // ", 75," and ", 43 years a fisherman": an age.
  let at = end + 2;
  const digits = at;
  while (text.charCodeAt(at) >= 0x30 && text.charCodeAt(at) <= 0x39) at++;
  if (at > digits && at - digits <= 3) return text.charCodeAt(at) === 0x2c || text.startsWith(' years', at) ? 'person' : undefined;
  const first = lowercaseWordAt(text, end + 2);
  if (cues.personRelatives.has(first)) return 'person';
  if (!cues.appositionOpeners.has(first)) return undefined;
  return appositionType(cues, text, end + 3 + first.length);
}

/**
 * ", a research professor of planning at …": the first role noun of the
 * apposition's lowercase words, past a possessive ("the agency's district
 * supervisor"); none when the phrase turns into a clause ("…, the company said").
 */
function appositionType(cues: NameCues, text: string, from: number): EntityType | undefined {
  let at = from;
  for (let n = 0; n < MAX_APPOSITION_WORDS; n++) {
    const word = lowercaseWordAt(text, at);
    if (word === '') return undefined;
    at += word.length;
    if (text.startsWith("'s ", at)) {
      at += 3;
      continue;
    }
    const type = cues.personRoles.has(word) ? 'person' : cues.organizationOnlyRoles.has(word) ? 'organization' : undefined;
    if (type) return text.charCodeAt(at) === 0x20 && cues.clauseWords.has(lowercaseWordAt(text, at + 1)) ? undefined : type;
    if (text.charCodeAt(at) !== 0x20) return undefined;
    at++;
  }
  return undefined;
}

/**
 * "Stack Overflow published its analysis", "Quillborne opened its doors": a
 * verb and "its" right after the name; a person's would be "his" or "her".
 */
export function possessiveItsFollows(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20) return false;
  let at = end + 1;
  while (isLowerCode(text.charCodeAt(at))) at++;
  const verbEnd = at;
  // A verb in the past or the present: "published", "opens".
  const verb = verbEnd - end - 1 >= 3 && (text.charCodeAt(verbEnd - 1) === 0x73 || text.startsWith('ed', verbEnd - 2));
  return verb && text.startsWith(' its ', verbEnd);
}

const OFFICE_PREPOSITIONS = [' of ', ' at ', ' for '];
/** The letters the prepositions end with ("f", "t", "r"): most words before a name end with another. */
const OFFICE_PREPOSITION_ENDS = new Set(OFFICE_PREPOSITIONS.map((p) => p.charCodeAt(p.length - 2)));

function prepositionBefore(text: string, start: number): string | undefined {
  for (const p of OFFICE_PREPOSITIONS) if (start >= p.length && text.startsWith(p, start - p.length)) return p;
  return undefined;
}

/** "CEO of Vidyard", "spokeswoman for …", "a researcher at Acme" (not "professor of History"): a role held in an organization, then a preposition, right before `start`. */
export function officeBefore(cues: NameCues, text: string, start: number): boolean {
  // Every preposition ends with "f", "t" or "r" and a space: most names are answered by a character or two.
  if (text.charCodeAt(start - 1) !== 0x20 || !OFFICE_PREPOSITION_ENDS.has(text.charCodeAt(start - 2))) return false;
  const preposition = prepositionBefore(text, start);
  if (preposition === undefined) return false;
  const end = start - preposition.length;
  let from = end;
  while (from > 0 && (isLetterCode(text.charCodeAt(from - 1)) || text.charCodeAt(from - 1) === 0x2d)) from--;
  const role = text.slice(from, end);
  return from < end && (cues.organizationOffices.has(role) || (preposition === ' at ' && cues.organizationMembers.has(role)));
}

/** The word of lowercase letters and hyphens that starts at `at`, or "". */
function lowercaseWordAt(text: string, at: number): string {
  let end = at;
  while (isLowerCode(text.charCodeAt(end)) || (end > at && text.charCodeAt(end) === 0x2d)) end++;
  return end > at && !isLetterCode(text.charCodeAt(end)) ? text.slice(at, end) : '';
}

/** The word of lowercase letters and hyphens that ends at `end`, or "". */
function lowercaseWordEndingAt(text: string, end: number): string {
  let from = end;
  while (from > 0 && (isLowerCode(text.charCodeAt(from - 1)) || text.charCodeAt(from - 1) === 0x2d)) from--;
  return from < end && !isLetterCode(text.charCodeAt(from - 1)) ? text.slice(from, end) : '';
}

/** Where the dataset's organizations start and end in a block. */
export interface OrganizationEdgesInBlock {
  startsAt(at: number): boolean;
  endsAt(at: number): boolean;
}

/** What joins the names of a list: ", ", " and ", " & ", " or ", and these with "the" ("the FTC and the EFF"), longest first. */
const LIST_SEPARATORS = [', and the ', ', or the ', ' and the ', ' or the ', ', the ', ', and ', ', or ', ' and ', ' & ', ' or ', ', '];
const CONJUNCTIONS = [' and the ', ' or the ', ' and ', ' & ', ' or '];

// Most words are followed or preceded by a space and some other word: the character next to that space (",", "a", "o", "&"
// after a name; "e", "d", "r", "&", "," before one) rules out every separator at once.
const SECOND_CODES = new Set([...LIST_SEPARATORS, ...CONJUNCTIONS].map((s) => s.charCodeAt(1)));
const NEXT_TO_LAST_CODES = new Set([...LIST_SEPARATORS, ...CONJUNCTIONS].map((s) => s.charCodeAt(s.length - 2)));

/**
 * Whether the name at [start, end) is listed beside an organization of the
 * dataset: on one side ("Facebook and Cambridge Analytica"), or on both
 * (`bothSides`, for a single word: "Instagram, Atlas, WhatsApp").
 */
export function listedWithOrganization(text: string, start: number, end: number, edges: OrganizationEdgesInBlock, bothSides: boolean): boolean {
  // Every separator starts with a comma or a space and ends with a space: most names are answered by a character or two.
  const next = text.charCodeAt(end);
  if (next !== 0x2c && next !== 0x20) return false;
  if (bothSides && text.charCodeAt(start - 1) !== 0x20) return false;
  // On one side only a conjunction with no comma: ", and the Boston Celtics" may join two clauses, ", Apple" be an apposition.
  const separators = bothSides ? LIST_SEPARATORS : CONJUNCTIONS;
  const after = organizationAfter(text, end, separators, edges);
  if (after && !bothSides) return true;
  if (!after && bothSides) return false;
  return organizationBefore(text, start, separators, edges);
}

// Loops rather than `some` with a closure: these run for every run of capitalized words, and the closures were garbage.

/** Whether one of `separators` and then an organization follow `end`. */
function organizationAfter(text: string, end: number, separators: readonly string[], edges: OrganizationEdgesInBlock): boolean {
  if (!SECOND_CODES.has(text.charCodeAt(end + 1))) return false;
  for (const s of separators) if (text.startsWith(s, end) && edges.startsAt(end + s.length)) return true;
  return false;
}

/** Whether an organization and then one of `separators` precede `start`. */
function organizationBefore(text: string, start: number, separators: readonly string[], edges: OrganizationEdgesInBlock): boolean {
  if (!NEXT_TO_LAST_CODES.has(text.charCodeAt(start - 2))) return false;
  for (const s of separators) if (start >= s.length && text.startsWith(s, start - s.length) && edges.endsAt(start - s.length)) return true;
  return false;
}
