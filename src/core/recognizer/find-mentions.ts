/**
 * Finds the people and organizations an article names. The article is read
 * once (`readArticle`: words, block shapes, the dataset's names that occur),
 * then the passes below run in order; each sees the marks of the passes
 * before it and adds marks that overlap none of them, so an earlier pass
 * wins a place and no pass takes back another's mark. Last, the marks the
 * article describes get their descriptors ("NATO chief").
 *
 * The dataset's passes come first, since what the dataset knows is the best
 * evidence there is; bylines and photo credits next, since they may name a
 * news organization of the dataset; names the dataset lacks last, in the text
 * that is left. Passes that read the cues of a language run only where there
 * is a lexicon for the article's language: elsewhere only the dataset's
 * names are marked.
 */
import type { EntityLookup } from '../entity-lookup.ts';
import type { Mention } from '../mention.ts';
import { lexiconFor } from '../lexicon/lexicon-for.ts';
import { byPosition, readArticle, type Mark, type Pass } from './article.ts';
import { findFullNames } from './full-names.ts';
import { findShortNames } from './short-names.ts';
import { findIntroducedAcronyms } from './introduced-acronyms.ts';
import { findTeamCities } from './team-cities.ts';
import { findBylines } from './bylines.ts';
import { findPhotoCredits } from './photo-credits.ts';
import { findUnlistedNames } from './unlisted-names.ts';
import { addDescriptors } from './descriptors.ts';
import { pageSpan, visibleText, type VisibleText } from './invisible-characters.ts';

/** The passes, in the order they run. */
export const PASSES: readonly Pass[] = [
  { name: 'full names', needsLexicon: false, find: findFullNames },
  { name: 'short names', needsLexicon: false, find: findShortNames },
  { name: 'introduced acronyms', needsLexicon: false, find: findIntroducedAcronyms },
  { name: 'team cities', needsLexicon: true, find: findTeamCities },
  { name: 'bylines', needsLexicon: true, find: findBylines },
  { name: 'photo credits', needsLexicon: true, find: findPhotoCredits },
  { name: 'unlisted names', needsLexicon: true, find: findUnlistedNames },
];

/** What the recognizer is told about the article besides its text. */
export interface RecognitionOptions {
  /** The article's language as the page declares it (a BCP 47 tag such as "en-GB"), or absent when it declares none. */
  lang?: string;
}

/** Finds the mentions in `texts`, the blocks of one article in reading order, sorted in reading order. */
export function findMentions(lookup: EntityLookup, texts: readonly string[], options: RecognitionOptions = {}): Mention[] {
  // Soft hyphens and the like are read as if absent, and the marks carried back to the page's offsets at the end.
  const visible = texts.map(visibleText);
  const article = readArticle(
    lookup,
    visible.map((v) => v.text),
    lexiconFor(options.lang),
  );
  for (const pass of PASSES) {
    if (pass.needsLexicon && !article.lexicon) continue;
    for (const mark of pass.find(article)) article.marks.add(mark);
  }
  const marks = article.marks.all().sort(byPosition);
  if (article.lexicon) addDescriptors(article, marks);
  return marks.map((mark) => toMention(mark, visible[mark.block]!));
}

function toMention(mark: Mark, visible: VisibleText): Mention {
  const { start, end } = pageSpan(visible, mark.start, mark.end);
  const mention: Mention = { block: mark.block, start, end, entityId: mark.entityId, type: mark.type };
  if (mark.descriptor !== undefined) mention.descriptor = mark.descriptor;
  return mention;
}
