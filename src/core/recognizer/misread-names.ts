/**
 * Places where one of the dataset's names stands but does not name its
 * entity: a platform named only as the place of a post ("she wrote on X"), a
 * seat of government named as a building ("outside the Kremlin"), and a
 * name that only begins an organization's ("Shell Petroleum Development
 * Company of Nigeria") or a part of a credit line ("…/Getty Images News/…"),
 * and an acronym the article spells out as something else ("Async Task
 * Framework (ATF)"). The passes that mark the dataset's names
 * ask this before they mark one, so no later pass has to take a mark back.
 */
import type { Article } from './article.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { runsIntoOrganization } from './longer-names.ts';
import { beginsLongerChainPart } from './credit-chains.ts';
import { isRedefinedAcronym } from './redefined-acronyms.ts';

export function isMisread(article: Article, block: number, start: number, end: number, entity: number): boolean {
  const lexicon = article.lexicon;
  // Every cue here is a word of the article's language.
  if (!lexicon) return false;
  const text = article.folded[block]!;
  const record = article.lookup.entities[entity]!;
  if (record.type === 'organization' && (isPlaceOfAPost(lexicon, record.kind, text, start, end) || isBuildingVisited(lexicon, text, start, end))) return true;
  // "Async Task Framework (ATF)": the article's own acronym, not the bureau's.
  if (isRedefinedAcronym(article, block, start, end, entity)) return true;
  // "Getty Images" in a credit "…/Getty Images News/…": the part between the slashes is the name.
  if (beginsLongerChainPart(text, start, end)) return true;
  return runsIntoOrganization(article, block, start, end);
}

const PLATFORM_KIND = /social (?:network|media)|messaging|video-sharing|streaming platform|microblog/i;

/** "posted on X", "wrote on his Truth Social": where something was said, not an actor in the story ("on Facebook's terms"). */
function isPlaceOfAPost(lexicon: Lexicon, kind: string | undefined, text: string, start: number, end: number): boolean {
  // The pattern ends with a space: most names are answered by the character before them, with no test of their kind.
  if (text.charCodeAt(start - 1) !== 0x20 || !PLATFORM_KIND.test(kind ?? '') || text.charCodeAt(end) === 0x27) return false;
  const pattern = lexicon.memo('post-place-before', () => {
    const words = [...lexicon.words('post-place')].join('|');
    const determiners = [...lexicon.words('determiner')].join('|');
    return new RegExp(`(?:^|[^\\p{L}])(?:${words})(?: (?:${determiners}))?(?: own)? $`, 'u');
  });
  return pattern.test(text.slice(Math.max(0, start - 24), start));
}

/** "visited the White House", "protesters outside the Kremlin": the building, not the government. */
function isBuildingVisited(lexicon: Lexicon, text: string, start: number, end: number): boolean {
  // The pattern ends with " the ": most names are answered without a slice of their own.
  if (start < 5 || !text.startsWith(' the ', start - 5) || !lexicon.names('seat-of-government').has(text.slice(start, end))) return false;
  const pattern = lexicon.memo('visit-before', () => new RegExp(`(?:^|[^\\p{L}])(?:${[...lexicon.words('visit-word')].join('|')}) the $`, 'u'));
  return pattern.test(text.slice(Math.max(0, start - 24), start));
}
