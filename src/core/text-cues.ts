import type { WordSpans } from './word-spans.ts';

/**
 * Word lists and shapes of text that the recognizers read as cues: words that
 * open sentences, calendar words, words that end an organization's name, and
 * blocks set in capitals or title case, whose capitals say nothing about names.
 */

export const CALENDAR_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Capitalized words that open sentences and are not names ("When Trump…", "After Culpepper…"). */
export const SENTENCE_OPENERS = new Set([
  'When', 'After', 'Before', 'But', 'And', 'Or', 'The', 'In', 'On', 'At', 'As', 'If', 'While', 'Since', 'Then', 'Yet', 'So', 'Although',
  'Though', 'Because', 'Until', 'Meanwhile', 'However', 'Still', 'Also', 'Now', 'Later', 'Earlier', 'Today', 'Yesterday', 'Tomorrow',
  'Asked', 'Under', 'With', 'Without', 'For', 'From', 'By', 'Like', 'Unlike', 'Both', 'Neither', 'Even', 'Only', 'Once', 'Where', 'Why',
  'How', 'What', 'Whether', 'That', 'This', 'Those', 'These', 'His', 'Her', 'Their', 'Its', 'Our', 'Last', 'Next', 'Instead', 'Despite',
  'During', 'Against', 'Among', 'Between', 'Over', 'Ahead', 'Shortly', 'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
  'Saturday', 'Separately', 'Overall', 'Indeed', 'Already', 'Previously', 'Ultimately', 'Initially', 'Finally', 'Eventually',
  'A', 'An', 'To', 'Of', 'Not', 'No', 'Yes', 'All', 'Some', 'Many', 'Most', 'Few', 'Several', 'Each', 'Every', 'Other', 'Another',
  'Such', 'There', 'Here', 'It', 'He', 'She', 'They', 'We', 'You', 'I', 'Who', 'Which', 'Whose', 'My', 'Your', 'Former', 'Then-',
  'Outgoing', 'Incoming', 'Acting', 'Interim', 'Late', 'Dear', 'Thanks', 'Thank', 'According', 'Including', 'Following', 'Speaking',
  'Writing', 'Told', 'Says', 'Said', 'Via', 'Per', 'Plus', 'Minus', 'Photo', 'Video', 'Watch', 'Read', 'Listen', 'See',
  'Meet', 'Why', 'Inside', 'Exclusive', 'Breaking', 'Analysis', 'Opinion', 'Updated', 'Published', 'Sources', 'Source',
]);

/** Words that end the name of an organization: "Shell Petroleum Development Company", "Meta Superintelligence Labs". */
export const ORG_NAME_WORD =
  /^(?:Company|Companies|Corporation|Group|Holdings|Labs?|Laboratories|Foundation|Institute|Petroleum|Development|Capital|Partners|Research|Systems|Technologies|Ventures|Fund|Trust|Association|Council|Committee|Commission|Agency|Authority|Services|Industries|Studios|Entertainment|Pictures|Airlines|Airways|Motors|Bancorp|Securities|Insurance|Pharmaceuticals|Therapeutics|University|College|Academy|Club|Union|Society|Forum|Centre|Center|Network|Enterprises|Investments|Management|Advisors|Advisers)$/;

/** What a block's capitals say: set in capitals, in title case, or a headline either way. */
export interface BlockShape {
  caps: boolean;
  titleCase: boolean;
  /** Capitals say nothing about names here: capitals, or title case with no lowercase word a headline would capitalize. */
  headline: boolean;
}

/** Lowercase words of four letters or more that title-case headlines still leave in lowercase. */
const HEADLINE_LOWERCASE = new Set(['with', 'from', 'into', 'over', 'after', 'about', 'than', 'amid', 'upon', 'onto', 'near', 'says', 'said', 'will', 'this', 'that']);

const MAX_HEADLINE_LENGTH = 200;

/** The shape of a block, from its words (see `wordSpansOfBlocks`) in one pass over them. */
export function blockShape(text: string, words: WordSpans): BlockShape {
  const caps = isAllCaps(text);
  // A block this long is prose or capitals, never a title-case headline: spare the walk over its words.
  if (text.length > MAX_HEADLINE_LENGTH) return { caps, titleCase: false, headline: caps };
  let long = 0;
  let capitalized = 0;
  let lowercaseProse = false;
  for (let i = 0; i < words.count; i++) {
    const start = words.starts[i]!;
    if (words.ends[i]! - start < 4) continue;
    const code = text.charCodeAt(start);
    let upper: boolean;
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) upper = true;
      else if (code >= 0x61 && code <= 0x7a) upper = false;
      else continue; // a digit
    } else {
      const first = text.charAt(start);
      if (first.toLowerCase() === first.toUpperCase()) continue; // a letter without case
      upper = first === first.toUpperCase();
    }
    long++;
    if (upper) capitalized++;
    else if (!lowercaseProse && !HEADLINE_LOWERCASE.has(text.slice(start, words.ends[i]!))) lowercaseProse = true;
  }
  const titleCase = long >= 3 && capitalized / long >= 0.7;
  return { caps, titleCase, headline: caps || (titleCase && !lowercaseProse) };
}

/** A block set in capitals, as some headlines are: its names are looked up in capitals too. */
export function isAllCaps(text: string): boolean {
  // Prose has a run of lowercase letters almost at once, so this usually answers after a few characters.
  if (/\p{Ll}{3}/u.test(text)) return false;
  const lower = text.match(/\p{Ll}/gu)?.length ?? 0;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  return upper >= 8 && lower <= upper * 0.1;
}


/** "Robert F. Kennedy Jr." and "Apple Inc." end with their period, which lookup keys leave out: the end of the name with it. */
export function withAbbreviationPeriod(text: string, end: number): number {
  return text.charAt(end) === '.' && /(?:^|[^\p{L}])(?:Jr|Sr|Inc|Corp|Co|Ltd|Bros|Cos|Jnr|Snr)$/u.test(text.slice(Math.max(0, end - 5), end)) ? end + 1 : end;
}
