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

/** A block set in capitals, as some headlines are: its names are looked up in capitals too. */
export function isAllCaps(text: string): boolean {
  // Prose has a run of lowercase letters almost at once, so this usually answers after a few characters.
  if (/\p{Ll}{3}/u.test(text)) return false;
  const lower = text.match(/\p{Ll}/gu)?.length ?? 0;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  return upper >= 8 && lower <= upper * 0.1;
}

/** A block in title case ("Fed Holds Rates As Powell Warns"), where a capital does not mark a name. */
export function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.7;
}
