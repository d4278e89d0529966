/**
 * People and organizations the dataset does not list. News names far more
 * people than any bundled dataset can hold (analysts, officials, players,
 * small firms), and a reader wants to see them as part of the cast all the
 * same. Runs of capitalized words in running prose (`capitalized-runs.ts`)
 * are read for a person's or an organization's name (`run-names.ts`), and
 * single words for an organization's (`single-word-names.ts`).
 * Headlines in title case or capitals never introduce a name, since every
 * word there is capitalized; they and the rest of the article do repeat
 * names found in prose (`repeated-names.ts`). Their cards say that the
 * dataset has no record of them.
 */
import type { Article, Mark } from './article.ts';
import { withAbbreviationPeriod } from './article.ts';
import { unlistedMark, type Found } from './found-names.ts';
import { forEachCapitalizedRun } from './capitalized-runs.ts';
import { classifyRun } from './run-names.ts';
import { nameCues } from './name-cues.ts';
import { repeatedNames } from './repeated-names.ts';
import { OrganizationEdges } from './organization-context.ts';
import { singleWordOrganizations } from './single-word-names.ts';

export function findUnlistedNames(article: Article): Mark[] {
  const { lookup, texts, folded, shapes } = article;
  const cues = nameCues(article.lexicon!);
  const introduced: Found[] = [];
  const organizations = new OrganizationEdges(lookup, article.marks);
  folded.forEach((text, block) => {
    if (shapes[block]!.headline) return;
    const words = article.words[block]!;
    // The dataset's organizations, and those this pass found before in the block ("Commonwealth of Nations, ANZUS, …").
    const inBlock = introduced.length;
    const foundHere = (test: (f: Found) => boolean) => introduced.some((f, k) => k >= inBlock && f.type === 'organization' && test(f));
    const edges = {
      startsAt: (at: number) => organizations.startsAt(block, at) || foundHere((f) => f.start === at),
      endsAt: (at: number) => organizations.endsAt(block, at) || foundHere((f) => f.end === at),
    };
    forEachCapitalizedRun(cues, text, words, article.marks.inBlock(block), (run) => {
      for (const candidate of classifyRun(lookup, cues, text, words, run, edges)) {
        const { start } = candidate;
        const end = withAbbreviationPeriod(article, block, candidate.end);
        const found: Found = { block, start, end, type: candidate.type, name: texts[block]!.slice(start, end) };
        const entity =
          candidate.type === 'person'
            ? lookup.personByNameParts(text.slice(start, end), { suffixes: cues.nameSuffixes, shortForms: article.lexicon!.givenNameShortForms })
            : undefined;
        if (entity !== undefined) found.entity = entity;
        introduced.push(found);
      }
    });
    introduced.push(...singleWordOrganizations(article, cues, block, edges));
  });
  if (introduced.length === 0) return [];
  return [...introduced.map((f) => unlistedMark(article, f)), ...repeatedNames(article, cues, introduced)];
}
