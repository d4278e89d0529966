/**
 * Photo credits, read like bylines: the photographer and the agencies that a
 * caption credits. Two shapes:
 *   - a credit word, then the name: "Photo by Jane Roe", "Photograph: Jane
 *     Roe/AP", "Credit Jane Roe for The Daily Planet"; pages often glue the
 *     word to the name, from a label hidden on screen ("CreditJane Roe/Reuters");
 *   - a caption that ends with a name and agencies after a slash: "… in Paris
 *     Jane Roe/Reuters", "(Jane Roe/AFP/Getty Images)";
 *   - a credit line of names between slashes with no personal name first
 *     ("Mike Watson Images/Moodboard/Getty", `credit-chains.ts`).
 * The agencies the dataset lacks ("AOL", "Shutterstock") are marked as
 * organizations; the dataset's own were marked by the passes before.
 */
import type { Article, Mark } from './article.ts';
import { creditChain } from './credit-chains.ts';
import { bylineId } from '../entity-ids.ts';
import { isLetterCode, isLowerCode, isSpaceCode, isUpperCode } from '../char-codes.ts';
import { personalNameEnd } from './byline-names.ts';
import { unlistedMark, type Found } from './found-names.ts';
import { nameCues, type NameCues } from './name-cues.ts';
import type { TextKeyTable } from '../text-key-table.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';

interface Credit {
  name: { start: number; end: number };
  agencies: { start: number; end: number }[];
}

export function findPhotoCredits(article: Article): Mark[] {
  const lexicon = article.lexicon!;
  const cues = nameCues(lexicon);
  const creditWords = cues.photoCreditWords;
  const particles = cues.particles;
  const stems = creditWordStems(lexicon);
  const marks: Mark[] = [];
  article.folded.forEach((text, block) => {
    // Most blocks hold no credit word and no slash: one native search of each tells them apart (cheaper than the
    // scan of every word for a credit word, which tried that and measured slower).
    const creditWord = stems.test(text);
    if (!creditWord && text.indexOf('/') < 0) return;
    const taken = article.marks.inBlock(block);
    const free = (s: { start: number; end: number }) =>
      !taken.some((m) => m.start < s.end && s.start < m.end) && !marks.some((m) => m.block === block && m.start < s.end && s.start < m.end);
    const credits = creditWord ? [...afterCreditWords(text, article.words[block]!, creditWords, particles, cues)] : [];
    const atEnd = slashCreditAtEnd(article, text, particles, cues);
    if (atEnd) credits.push(atEnd);
    else marks.push(...chainAgencies(article, block, text).filter(free));
    for (const credit of credits) {
      const agencyMarks = credit.agencies.filter(free).map((a) => agencyMark(article, block, text, a));
      if (!free(credit.name)) continue;
      const agency = taken.find((m) => m.entity !== undefined && credit.agencies.some((a) => a.start === m.start));
      const name = article.texts[block]!.slice(credit.name.start, credit.name.end);
      marks.push({ block, ...credit.name, entityId: bylineId(name, agency?.entityId), type: 'person' }, ...agencyMarks);
    }
  });
  return marks;
}

/**
 * "(Mike Watson Images/Moodboard/Getty)", "evgenyb/iStock/Getty Images": a
 * credit line of names between slashes that starts with no personal name.
 * Every part but a user's handle is an agency, a collection or a studio; a
 * part that is a short name of one organization of the dataset is that one
 * (`chainPartEntity`: "Getty").
 */
function chainAgencies(article: Article, block: number, text: string): Mark[] {
  const parts = text.indexOf('/') < 0 ? undefined : creditChain(text);
  return parts ? parts.filter((part) => !part.handle).map((part) => agencyMark(article, block, text, part)) : [];
}

/** An agency's mark: the dataset's organization that `chainPartEntity` finds, else one the dataset lacks. */
function agencyMark(article: Article, block: number, text: string, span: { start: number; end: number }): Mark {
  const found: Found = { block, start: span.start, end: span.end, type: 'organization', name: article.texts[block]!.slice(span.start, span.end) };
  const mark = unlistedMark(article, found);
  const entity = chainPartEntity(article, text, span);
  if (entity !== undefined) {
    mark.entity = entity;
    mark.entityId = article.lookup.entities[entity]!.id;
  }
  return mark;
}

/**
 * The dataset's organization an agency's name names: one the article marked
 * under a longer name that the part begins ("Getty" after "Getty Images"),
 * else the only organization of that name.
 */
function chainPartEntity(article: Article, text: string, part: { start: number; end: number }): number | undefined {
  const word = text.slice(part.start, part.end);
  const credited = article.marks
    .all()
    .find((m) => m.entity !== undefined && m.type === 'organization' && article.folded[m.block]!.startsWith(`${word} `, m.start));
  if (credited) return credited.entity;
  const organizations = article.lookup.entriesAt(text, part.start, part.end)?.filter((e) => article.lookup.entities[e.entity]!.type === 'organization');
  return organizations?.length === 1 ? organizations[0]!.entity : undefined;
}

/** The credits that follow a credit word ("Photo by …", "Photograph: …", "Credit…") in a block. */
function* afterCreditWords(
  text: string,
  words: Article['words'][number],
  creditWords: TextKeyTable,
  particles: ReadonlySet<string>,
  cues: NameCues,
): Generator<Credit> {
  const firsts = firstCodes(creditWords);
  for (let i = 0; i < words.count; i++) {
    const start = words.starts[i]!;
    const wordEnd = words.ends[i]!;
    // Credit words are 5 to 12 letters: most words are told apart by their length and first letter alone.
    if (wordEnd - start < 5 || firsts[text.charCodeAt(start)] !== 1) continue;
    // "CreditJane": a capital inside the word ends a glued credit word.
    let end = start + 1;
    while (end < wordEnd && !isUpperCode(text.charCodeAt(end))) end++;
    if (end - start > 12 || end - start < 5 || creditWords.indexOfRange(text, start, end) < 0) continue;
    let at = end;
    // "CreditCredit": the label repeated.
    while (text.startsWith(text.slice(start, end), at)) at += end - start;
    if (at === wordEnd) {
      if (text.charCodeAt(at) === 0x3a) at++;
      else if (text.startsWith(' by ', at)) at += 3;
      else if (text.charCodeAt(at) !== 0x20) continue;
      while (isSpaceCode(text.charCodeAt(at))) at++;
    } else if (!isUpperCode(text.charCodeAt(start))) {
      continue; // only a capitalized label is glued to a name
    }
    const credit = creditAt(text, at, particles, cues, false);
    if (credit) yield credit;
  }
}

/** Any credit word, found by its letters after the first, which may be a capital ("hoto" finds "Photo" and "photograph"): a plain ASCII pattern, cheap to build and to run. */
function creditWordStems(lexicon: Lexicon): RegExp {
  return lexicon.memo('photo-credit-stems', () => {
    const stems = [...new Set([...lexicon.words('photo-credit')].map((w) => w.slice(1).toLowerCase()))];
    return new RegExp(stems.filter((stem) => !stems.some((other) => other !== stem && stem.includes(other))).join('|'));
  });
}

const firstCodesOf = new WeakMap<TextKeyTable, Uint8Array>();

/** 1 at the character code that some key of `table` starts with: an array by code, since it is read for every long word of an article. */
function firstCodes(table: TextKeyTable): Uint8Array {
  let codes = firstCodesOf.get(table);
  if (!codes) {
    codes = new Uint8Array(0x10000);
    for (const key of table.keys) codes[key.charCodeAt(0)] = 1;
    firstCodesOf.set(table, codes);
  }
  return codes;
}

/** The name that starts at `at` and the agencies after it, when what follows the name is a credit's ending (an agency, the block's end). */
function creditAt(text: string, at: number, particles: ReadonlySet<string>, cues: NameCues, wholeTail: boolean): Credit | undefined {
  const nameEnd = personalNameEnd(text, at, particles);
  if (nameEnd < 0 || endsWithOrganizationWord(text, at, nameEnd, cues)) return undefined;
  const agencies = agenciesAfter(text, nameEnd, wholeTail);
  return agencies && { name: { start: at, end: nameEnd }, agencies };
}

/**
 * The agencies credited after a name: "/Reuters", " for The Daily Planet",
 * "/AFP/Getty Images", "/EPA, via Shutterstock", " — Getty Images". Undefined
 * when something else follows the name (then it is no credit). With
 * `wholeTail`, only the block's end may follow the last agency.
 */
function agenciesAfter(text: string, from: number, wholeTail: boolean): { start: number; end: number }[] | undefined {
  const agencies: { start: number; end: number }[] = [];
  let at = from;
  for (;;) {
    if (atCreditEnd(text, at)) return agencies;
    const next = separatorEnd(text, at);
    // After a credit word, a comma, a bar or a sentence's end may close the credit ("photo by Jane Roe | Reuters").
    if (next < 0) return !wholeTail && closesCredit(text, at) ? agencies : undefined;
    const end = agencyEnd(text, next);
    if (end < 0) return undefined;
    agencies.push({ start: next, end });
    at = end;
  }
}

/** Whether only spaces, a closing parenthesis and a period stand between `at` and the block's end. */
function atCreditEnd(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (isSpaceCode(text.charCodeAt(i)) || text.charCodeAt(i) === 0x29 || text.charCodeAt(i) === 0x2e)) i++;
  return i === text.length;
}

/** A comma, a semicolon, a bar or a sentence's end. */
function closesCredit(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 0x2c || c === 0x3b || c === 0x7c) return true;
  if (c === 0x2e) return text.charCodeAt(at + 1) === 0x20;
  return c === 0x20 && text.charCodeAt(at + 1) === 0x7c;
}

/** Where the agency after a separator starts ("/", " / ", " for ", " via ", ", via ", " - "), or -1. */
function separatorEnd(text: string, at: number): number {
  let i = at;
  if (text.charCodeAt(i) === 0x2c) i++;
  while (text.charCodeAt(i) === 0x20) i++;
  const c = text.charCodeAt(i);
  if (c === 0x2f || c === 0x2d) i++;
  else if (text.startsWith('for ', i) || text.startsWith('via ', i)) i += 3;
  else return -1;
  while (text.charCodeAt(i) === 0x20) i++;
  return i;
}

/**
 * The end of an agency's name that starts at `at`: words that start with a
 * capital or a digit, or have one second ("iStock"), one space apart, with
 * hyphens and "&" inside ("Agence France-Presse"); -1 when none starts there.
 */
function agencyEnd(text: string, at: number): number {
  let end = -1;
  let i = at;
  for (;;) {
    const first = text.charCodeAt(i);
    const shaped =
      isUpperCode(first) || (first >= 0x30 && first <= 0x39) || (isLowerCode(first) && isUpperCode(text.charCodeAt(i + 1))) || (first === 0x26 && end > 0);
    if (!shaped) return end;
    i++;
    while (
      isLetterCode(text.charCodeAt(i)) ||
      text.charCodeAt(i) === 0x2d ||
      text.charCodeAt(i) === 0x2e ||
      (text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39)
    )
      i++;
    end = text.charCodeAt(i - 1) === 0x2e && i - at > 3 && !isUpperCode(text.charCodeAt(i - 2)) ? i - 1 : i;
    if (text.charCodeAt(i) !== 0x20 || text.startsWith(' via ', i) || text.startsWith(' for ', i)) return end;
    i++;
  }
}

/** "Mike Watson Images/…": a name that ends with an organization word is an agency's, not a photographer's. */
function endsWithOrganizationWord(text: string, start: number, end: number, cues: NameCues): boolean {
  const lastSpace = text.lastIndexOf(' ', end - 1);
  return lastSpace >= start && cues.orgHeads.has(text.slice(lastSpace + 1, end));
}

/**
 * "… in Paris Jane Roe/Reuters", "(Jane Roe/AFP/Getty Images)": a caption
 * that ends with a personal name and agencies after a slash. The name starts
 * the block or a parenthesis, or starts with a given name ("Paris" is left
 * out, since "Jane" is one).
 */
function slashCreditAtEnd(article: Article, text: string, particles: ReadonlySet<string>, cues: NameCues): Credit | undefined {
  for (let slash = text.indexOf('/'); slash > 0; slash = text.indexOf('/', slash + 1)) {
    const nameEnd = text.charCodeAt(slash - 1) === 0x20 ? slash - 1 : slash;
    if (!isLetterCode(text.charCodeAt(nameEnd - 1))) continue;
    // Try the names that end at the slash, shortest first.
    for (const start of nameStartsBefore(text, nameEnd)) {
      const opens = start === 0 || text.charCodeAt(start - 1) === 0x28 || (text.charCodeAt(start - 1) === 0x20 && /[(|:]$/.test(text.slice(0, start - 1)));
      const firstWordEnd = text.indexOf(' ', start);
      if (!opens && !article.lookup.isGivenName(text.slice(start, firstWordEnd))) continue;
      const credit = creditAt(text, start, particles, cues, true);
      if (credit && credit.name.end === nameEnd) return credit;
    }
  }
  return undefined;
}

/** Where a name of two or three words (initials aside) that ends at `end` may start, shortest first. */
function nameStartsBefore(text: string, end: number): number[] {
  const starts: number[] = [];
  let words = 0;
  let at = end;
  while (words < 3) {
    let from = at;
    while (
      from > 0 &&
      (isLetterCode(text.charCodeAt(from - 1)) ||
        text.charCodeAt(from - 1) === 0x2d ||
        text.charCodeAt(from - 1) === 0x27 ||
        text.charCodeAt(from - 1) === 0x2e)
    )
      from--;
    if (from === at || !isUpperCode(text.charCodeAt(from))) break;
    const initial = at - from <= 2 && text.charCodeAt(at - 1) === 0x2e;
    if (!initial) words++;
    if (words >= 2 && !initial) starts.push(from);
    if (from === 0 || text.charCodeAt(from - 1) !== 0x20) break;
    at = from - 1;
  }
  return starts;
}
