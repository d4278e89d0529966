/**
 * "the International Energy Agency (IEA)": an acronym that the article
 * introduces right after a marked full name means that entity for the rest
 * of the article, even when the dataset does not list it.
 */
import { datasetMark, isStrong, type Article, type Mark } from './article.ts';
import { isMisread } from './misread-names.ts';

const INTRODUCED_ACRONYM = /^ \(([A-Z][A-Z0-9&]{1,9})\)/;

export function findIntroducedAcronyms(article: Article): Mark[] {
  const { lookup, folded } = article;
  const acronyms = new Map<string, number>();
  for (const mark of article.marks.all()) {
    if (mark.entity === undefined) continue;
    const text = folded[mark.block]!;
    if (text.charCodeAt(mark.end) !== 0x20 || text.charCodeAt(mark.end + 1) !== 0x28) continue; // no " (" after the name
    const m = INTRODUCED_ACRONYM.exec(text.slice(mark.end, mark.end + 14));
    if (!m) continue;
    const owners = lookup.entriesFor(m[1]!);
    if (owners && !owners.every((o) => o.entity === mark.entity)) continue;
    if (!acronyms.has(m[1]!)) acronyms.set(m[1]!, mark.entity);
  }
  // Acronyms already found everywhere as strong names need no search.
  for (const acronym of [...acronyms.keys()]) if (lookup.entriesFor(acronym)?.some(isStrong)) acronyms.delete(acronym);
  const marks: Mark[] = [];
  if (acronyms.size === 0) return marks;
  const taken = article.marks.copy();
  // One pass over the article for all of them, in the order they were introduced (the first alternative wins at a position).
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...acronyms.keys()].join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  folded.forEach((text, block) => {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      const entity = acronyms.get(m[0])!;
      if (taken.overlaps(block, start, end) || isMisread(article, block, start, end, entity)) continue;
      const mark = datasetMark(article, block, start, end, entity);
      marks.push(mark);
      taken.add(mark);
    }
  });
  return marks;
}
