/**
 * A short name that is also a title or a place does not name its entity
 * where the text uses it as that word, whatever evidence the article holds:
 * "Prince" before "George" is a title, not Matthew Prince; "The Atlantic"
 * before "Ocean" or "hurricane" is the ocean, not the magazine. The
 * short-names pass asks this before it marks one.
 */
import type { Article, NameSpan } from './article.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { nameCues } from './name-cues.ts';

export function isCommonWordUse(article: Article, span: NameSpan): boolean {
  const lexicon = article.lexicon;
  // In capitals or title case every word is capitalized: what follows a name says nothing there.
  if (!lexicon || article.shapes[span.block]!.titleCase || article.shapes[span.block]!.caps) return false;
  const text = article.folded[span.block]!;
  const name = text.slice(span.start, span.end);
  // Only a title or a place can be so used: most names are neither, and are answered before the words after them are read.
  const cues = nameCues(lexicon);
  const title = cues.titleWords.has(name);
  const place = withoutArticle(lexicon, name);
  const isPlace = article.lookup.isPlace(place);
  if (!title && !isPlace) return false;
  const next = /^ (\p{Lu}[\p{L}'-]*|\p{Ll}+)/u.exec(text.slice(span.end, span.end + 40))?.[1];
  if (next === undefined) return false;
  const capitalized = next.charAt(0) !== next.charAt(0).toLowerCase();
  // "Prince George", "Major Tom": the title of the name after it.
  if (capitalized && title) return true;
  if (!isPlace) return false;
  // "The Atlantic Ocean", "Atlantic City", "the Jordan River": a longer place; "The Atlantic hurricane season": a place that qualifies a noun.
  return capitalized ? article.lookup.isPlace(`${place} ${next}`) || cues.notPersonWords.has(next) : lexicon.words('place-noun').has(next);
}

/** "Atlantic" for "The Atlantic". */
function withoutArticle(lexicon: Lexicon, name: string): string {
  const space = name.indexOf(' ');
  return space > 0 && capitalizedArticles(lexicon).has(name.slice(0, space)) ? name.slice(space + 1) : name;
}

/** "The", as a name's first word. */
export function capitalizedArticles(lexicon: Lexicon): ReadonlySet<string> {
  return lexicon.memo(
    'capitalized-definite-articles',
    () => new Set([...lexicon.words('definite-article')].map((w) => w.charAt(0).toUpperCase() + w.slice(1))),
  );
}
