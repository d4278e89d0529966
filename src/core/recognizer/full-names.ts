/**
 * The dataset's full names and unambiguous aliases ("Mark Carney", "NATO"):
 * strong names, marked wherever they stand, unless the place says they name
 * something else there (`misread-names.ts`).
 */
import { datasetMark, isStrong, type Article, type Mark } from './article.ts';
import { isMisread } from './misread-names.ts';

export function findFullNames(article: Article): Mark[] {
  const marks: Mark[] = [];
  for (const span of article.fullNames) {
    // Strong names are unique across entities (the validator sees to it): take the strong owner.
    const entity = (span.entries.find(isStrong) ?? span.entries[0]!).entity;
    if (isMisread(article, span.block, span.start, span.end, entity)) continue;
    marks.push(datasetMark(article, span.block, span.start, span.end, entity));
  }
  return marks;
}
