/**
 * Reporters credited in an article's byline ("By Jane Doe, The Canadian Press",
 * "Jane Doe, Reuters") and in a wire story's credit line ("Reporting by Jane
 * Doe; Editing by John Roe"). Few reporters are in any dataset, yet the byline
 * is where a reader most often wonders "who wrote this?". A name counts as a
 * byline only in a short block of its own that is nothing but "By" and names,
 * or names followed by a news organization of the dataset, so a sentence
 * never produces one.
 */
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { EntitySummary } from '../compiled-index.ts';
import type { Article, Mark } from './article.ts';
import { bylineId } from '../entity-ids.ts';
import { bylineNames } from './byline-names.ts';
import { nameCues } from './name-cues.ts';

/** A capitalized word of a personal name: "Sarah", "O'Neil", "Jean-Luc", "J." (bylines themselves are read by `byline-names.ts`). */
const NAME_WORD = String.raw`(?:\p{Lu}\.|\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*)`;
const MAX_BYLINE_LENGTH = 120;
const MAX_CREDIT_LENGTH = 400;
const NEWS_KIND = /news|newspaper|broadcast|magazine|wire|television|radio|press/i;

/** A personal name of two to four words with the lexicon's particles between them, as a RegExp source: credit lines are read with it. */
export function personalNamePattern(lexicon: Lexicon): string {
  const particle = `(?:${[...lexicon.words('particle')].join('|')})`;
  return String.raw`${NAME_WORD}(?:\s+(?:${particle}\s+)*${NAME_WORD}){1,3}`;
}

interface CreditPatterns {
  /** The credit words, longest first: a block holds a credit line only where one of them stands right before " by ". */
  words: readonly string[];
  /** "Reporting by Jane Doe in Kyiv; Editing by John Roe and Ann Poe": the list of names after each credit word. */
  credit: RegExp;
  name: RegExp;
}

function creditPatterns(lexicon: Lexicon): CreditPatterns {
  return lexicon.memo('credit-patterns', () => {
    const words = [...lexicon.words('credit-word')].sort((a, b) => b.length - a.length);
    const name = personalNamePattern(lexicon);
    return {
      words,
      credit: new RegExp(String.raw`(?:^|[;.(]\s*)(?:${words.join('|')})\s+by\s+((?:${name})(?:\s*(?:,|and|&)\s*(?:${name}))*)`, 'gu'),
      name: new RegExp(name, 'gu'),
    };
  });
}

export function findBylines(article: Article): Mark[] {
  const lexicon = article.lexicon!;
  const particles = nameCues(lexicon).particles;
  const credits = creditPatterns(lexicon);
  const bylines: Mark[] = [];
  article.texts.forEach((text, block) => {
    const inBlock = article.marks.inBlock(block);
    if (text.length <= MAX_CREDIT_LENGTH && creditWordBeforeBy(text, credits.words)) bylines.push(...creditsIn(credits, text, block, inBlock));
    if (text.length > MAX_BYLINE_LENGTH) return;
    const by = bylineNames(text, 'by', particles);
    // Names with no "By" are a byline only before a comma: a block with none needs no reading.
    const match = by ?? (text.indexOf(',') < 0 ? undefined : bylineNames(text, 'plain', particles));
    if (!match) return;
    // What follows the names must be empty or the reporter's role (only with "By"), or exactly one news organization.
    const rest = text.slice(match.length).trim().replace(/\.$/, '');
    let organization: EntitySummary | undefined;
    if (by && rest !== '' && isReportersRole(article, rest)) {
      // "By Jane Doe, Retail Correspondent"
    } else if (rest !== '') {
      const org = inBlock.find((m) => m.start >= match.length && m.entity !== undefined && text.slice(m.start, m.end) === rest);
      organization = org && article.lookup.entities[org.entity!];
      if (!organization || organization.type !== 'organization' || !NEWS_KIND.test(organization.kind ?? '')) return;
    } else if (!by) {
      return;
    }
    const [first, second] = match.names;
    for (const name of match.names) {
      const start = text.indexOf(name, name === second ? text.indexOf(first) + first.length : 0);
      const end = start + name.length;
      if (inBlock.some((m) => m.start < end && start < m.end)) continue;
      bylines.push({ block, start, end, entityId: bylineId(name, organization?.id), type: 'person' });
    }
  });
  return bylines;
}

/**
 * Whether a credit word stands right before " by " ("Reporting by "): the cheap test that a block may hold a credit
 * line at all. What `/(?:WORDS) by /` tests, found from the few " by " of a block rather than tried at every character.
 */
function creditWordBeforeBy(text: string, words: readonly string[]): boolean {
  for (let by = text.indexOf(' by '); by >= 0; by = text.indexOf(' by ', by + 1))
    for (const word of words) if (by >= word.length && text.startsWith(word, by - word.length)) return true;
  return false;
}

/** The people a credit line names ("Reporting by …; Editing by …"), except names already marked. */
function creditsIn(patterns: CreditPatterns, text: string, block: number, inBlock: readonly Mark[]): Mark[] {
  const credits: Mark[] = [];
  for (const credit of text.matchAll(patterns.credit)) {
    const listStart = credit.index + credit[0].length - credit[1]!.length;
    for (const name of credit[1]!.matchAll(patterns.name)) {
      const start = listStart + name.index;
      const end = start + name[0].length;
      if (inBlock.some((m) => m.start < end && start < m.end)) continue;
      credits.push({ block, start, end, entityId: bylineId(name[0]), type: 'person' });
    }
  }
  return credits;
}

/** "Retail Correspondent", "Staff Writer": capitalized words that end with a person's role. */
function isReportersRole(article: Article, rest: string): boolean {
  const words = rest.split(' ');
  if (words.length > 4 || !words.every((w) => /^\p{Lu}[\p{Ll}-]*$/u.test(w))) return false;
  return article.cues!.personRoles.has(words[words.length - 1]!.toLowerCase());
}
