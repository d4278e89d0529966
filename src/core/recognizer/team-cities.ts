/**
 * "Boston built a 21-point lead": in an article that marks the Boston
 * Celtics, their city standing alone is the team, unless a locative word
 * makes it the place ("in Boston"). Two teams of one city make the city say
 * neither.
 */
import { datasetMark, type Article, type Mark } from './article.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { isMisread } from './misread-names.ts';

const TEAM_KIND = /(?:^|\s)(?:team|club)$/;

export function findTeamCities(article: Article): Mark[] {
  const { lookup, folded } = article;
  const lexicon = article.lexicon!;
  const teamPlaces = lexicon.names('team-place');
  const cities = new Map<string, number | undefined>();
  for (const mark of article.marks.all()) {
    if (mark.entity === undefined) continue;
    const entity = lookup.entities[mark.entity]!;
    if (entity.type !== 'organization' || !TEAM_KIND.test(entity.kind ?? '') || /national/.test(entity.kind ?? '')) continue;
    const words = folded[mark.block]!.slice(mark.start, mark.end).split(' ');
    for (let k = words.length - 1; k >= 1; k--) {
      const city = words.slice(0, k).join(' ');
      if (!lookup.isPlace(city) && !teamPlaces.has(city)) continue;
      cities.set(city, cities.has(city) && cities.get(city) !== mark.entity ? undefined : mark.entity);
      break;
    }
  }
  const marks: Mark[] = [];
  if (cities.size === 0) return marks;
  const taken = article.marks.copy();
  const locative = locativeBefore(lexicon);
  for (const [city, entity] of cities) {
    if (entity === undefined) continue;
    folded.forEach((text, block) => {
      for (let at = text.indexOf(city); at >= 0; at = text.indexOf(city, at + 1)) {
        const end = at + city.length;
        if (/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) || /[\p{L}\p{N}]/u.test(text.charAt(end))) continue;
        // Part of a longer name ("Boston Globe", "Dallas Cowboys") or after a locative word: the place, not the team.
        if (/^ \p{Lu}/u.test(text.slice(end, end + 2)) || /\p{Lu}[\p{L}.]* $/u.test(text.slice(Math.max(0, at - 20), at))) continue;
        if (locative.test(text.slice(Math.max(0, at - 20), at)) || /^-based/.test(text.slice(end, end + 6))) continue;
        if (taken.overlaps(block, at, end) || isMisread(article, block, at, end, entity)) continue;
        const mark = datasetMark(article, block, at, end, entity);
        marks.push(mark);
        taken.add(mark);
      }
    });
  }
  return marks;
}

/** A locative word right before a place, with "the" or not: "in Boston", "outside the Bay Area". */
function locativeBefore(lexicon: Lexicon): RegExp {
  return lexicon.memo('locative-before', () => new RegExp(`(?:^|[^\\p{L}])(?:${[...lexicon.words('locative')].join('|')})(?: the)? $`, 'u'));
}
