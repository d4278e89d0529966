/**
 * How much a block of text looks like a paragraph of an article, and how much
 * of that each container above it gets. The idea is Readability's (Arc90,
 * then Mozilla): prose has commas and length, and the container that collects
 * the most prose from the paragraphs just below it holds the article. Our own
 * version: scores are computed from counts made in one walk of the page, with
 * no copy of the document. DOM-free, so it is tested in Node.
 */

/** Blocks shorter than this are not prose: labels, buttons, captions of one word. */
export const MIN_PARAGRAPH_CHARS = 25;
/** A paragraph's score goes to this many containers above it. */
export const ANCESTOR_LEVELS = 5;

/** Comma-like marks of the scripts news is written in: Latin, Chinese and Japanese, Arabic. */
const COMMAS = [',', '，', '、', '،'];

export function countCommas(text: string): number {
  let n = 0;
  // indexOf runs in native code: a loop over every character cost more than the rest of the walk on a big page.
  for (const comma of COMMAS) for (let i = text.indexOf(comma); i >= 0; i = text.indexOf(comma, i + 1)) n++;
  return n;
}

/**
 * One point, one per comma, one per full 100 characters (at most three), all
 * scaled down by the share of the text that is links: a teaser's linked
 * headline scores nothing, a paragraph with a link or two nearly all.
 */
export function paragraphScore(chars: number, commas: number, linkChars: number): number {
  if (chars < MIN_PARAGRAPH_CHARS) return 0;
  const base = 1 + commas + Math.min(Math.floor(chars / 100), 3);
  return base * (1 - Math.min(1, linkChars / chars));
}

/** The share of a paragraph's score that the container `level` steps above it receives (0: its parent). */
export function ancestorShare(level: number): number {
  return level === 0 ? 1 : level === 1 ? 0.5 : 1 / (level * 3);
}

/** A container's score before any paragraph counts, by what kind of element it is. */
const TAG_WEIGHTS: Record<string, number> = {
  DIV: 5,
  ARTICLE: 5,
  MAIN: 5,
  PRE: 3,
  TD: 3,
  BLOCKQUOTE: 3,
  ADDRESS: -3,
  OL: -3,
  UL: -3,
  DL: -3,
  DD: -3,
  DT: -3,
  LI: -3,
  FORM: -3,
  H1: -5,
  H2: -5,
  H3: -5,
  H4: -5,
  H5: -5,
  H6: -5,
  TH: -5,
};

export function tagWeight(tag: string): number {
  return TAG_WEIGHTS[tag] ?? 0;
}

/** Blocks whose text is scored as paragraphs (headings and captions are read but do not vote). */
const SCORED = new Set(['P', 'PRE', 'TD', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BLOCKQUOTE', 'DD', 'LI', 'CENTER', 'BODY']);

export function isScoredBlock(tag: string): boolean {
  return SCORED.has(tag);
}

/** A candidate's final score: its points, less the share of its text that is links. */
export function candidateScore(points: number, chars: number, linkChars: number): number {
  return chars === 0 ? 0 : points * (1 - Math.min(1, linkChars / chars));
}
