/**
 * One walk over the page's text, in slices, that counts for every element
 * holding text how much of it there is, how much is links and how much is
 * prose, and gives the containers above each paragraph their share of its
 * score. Nothing is copied or changed: the counts live in a map beside the
 * DOM, for the article finder and for what it skips while reading.
 */
import { isInline, isNeverRead, isOutsideArticle, walkInSlices } from '../article-text.ts';
import type { Slicer } from '../time-slicing.ts';
import { ANCESTOR_LEVELS, ancestorShare, countCommas, isScoredBlock, paragraphScore, tagWeight } from './block-score.ts';
import { furnitureName } from './element-names.ts';

export interface ElementStats {
  /** Characters of text in the element, and of those, characters in links. */
  chars: number;
  linkChars: number;
  /** Characters of the scored paragraphs in it that are not links. */
  prose: number;
  /** Paragraphs in it that scored. */
  paragraphs: number;
  /** Its score as the article's container; NaN when no paragraph gave it any. */
  points: number;
}

interface BlockCount {
  chars: number;
  linkChars: number;
  commas: number;
}

export function nameOf(el: Element): string {
  return el.hasAttributes() ? `${el.getAttribute('class') ?? ''} ${el.id}` : '';
}

/** A wrapper with a furniture word in its name that holds this share of the page's paragraphs is not furniture. */
const WRAPPER_SHARE = 0.3;

/*
 * The walk runs once per page, mostly as code the page has not run before:
 * each function it calls is compiled on its first call and each RegExp on its
 * first match. So the walk is a few functions with their steps inline, and
 * tests characters rather than matching patterns.
 */

export class PageStats {
  readonly byElement = new Map<Element, ElementStats>();
  /** The furniture the walk met and left out (what it holds was not walked). */
  readonly leftOut = new Set<Element>();
  /** Every element that received a paragraph's score, in the order first reached. */
  readonly candidates: Element[] = [];
  /** The page's paragraphs, counted on the first furniture word met: many pages have none. */
  private paragraphs = -1;

  constructor(readonly body: Element) {}

  get(el: Element): ElementStats | undefined {
    return this.byElement.get(el);
  }

  /**
   * Not counted, and not read in the article: what is never read, and the
   * page's furniture by tag, role, class or id. Forms are counted: some pages
   * wrap everything in one.
   */
  isFurniture(el: Element): boolean {
    if (isNeverRead(el) || isOutsideArticle(el, false)) return true;
    const kind = el === this.body ? undefined : furnitureName(nameOf(el));
    if (kind !== 'soft') return kind === 'hard';
    // A list is never the wrapper of a page: a gallery's or a rail's items are furniture however many.
    if (el.tagName === 'UL' || el.tagName === 'OL') return true;
    if (this.paragraphs < 0) this.paragraphs = this.body.getElementsByTagName('p').length;
    return el.getElementsByTagName('p').length < WRAPPER_SHARE * this.paragraphs;
  }

  /** Adds one block's counts to it and every element above it, and its score to the containers just above. */
  addBlock(block: Element, count: BlockCount): void {
    // A block inside a link (a teaser card wrapped in <a>) is link text through and through.
    const linkChars = block.closest('a') ? count.chars : count.linkChars;
    const score = isScoredBlock(block.tagName) ? paragraphScore(count.chars, count.commas, linkChars) : 0;
    const prose = score > 0 ? count.chars - linkChars : 0;
    let level = -1;
    for (let el: Element | null = block; el; el = el.parentElement, level++) {
      let stats = this.byElement.get(el);
      if (!stats) this.byElement.set(el, (stats = { chars: 0, linkChars: 0, prose: 0, paragraphs: 0, points: Number.NaN }));
      stats.chars += count.chars;
      stats.linkChars += linkChars;
      stats.prose += prose;
      if (score > 0) {
        stats.paragraphs++;
        if (level >= 0 && level < ANCESTOR_LEVELS) {
          if (Number.isNaN(stats.points)) {
            stats.points = tagWeight(el.getAttribute('role') === 'main' ? 'MAIN' : el.tagName);
            this.candidates.push(el);
          }
          stats.points += score * ancestorShare(level);
        }
      }
      if (el === this.body) break;
    }
  }
}

/** Counts the text under `body`, leaving out the page's furniture. */
export async function measurePage(body: Element, slicer: Slicer): Promise<PageStats> {
  const stats = new PageStats(body);
  const counts = new Map<Element, BlockCount>();
  await walkInSlices(body, body.firstChild, slicer, (node) => {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (!stats.isFurniture(node as Element)) return true;
      stats.leftOut.add(node as Element);
      return false;
    }
    if (node.nodeType !== Node.TEXT_NODE) return false;
    // A text node's characters, link characters and commas go to its block's count; blank text counts nothing.
    const data = (node as Text).data;
    const first = data.charCodeAt(0);
    if ((first <= 32 || first === 160 || first >= 0x1680) && data.trim() === '') return false;
    // Its block: the nearest element above it that is not inline (see blockOwner), and whether a link lies between.
    let el: Element | null = node.parentElement;
    let inLink = false;
    for (; el && el !== body && isInline(el); el = el.parentElement) if (el.tagName === 'A') inLink = true;
    const owner = el ?? body;
    let count = counts.get(owner);
    if (!count) counts.set(owner, (count = { chars: 0, linkChars: 0, commas: 0 }));
    count.chars += data.length;
    if (inLink) count.linkChars += data.length;
    count.commas += countCommas(data);
    return false;
  });
  const blocks = [...counts];
  const slice = (from: number): number => {
    let i = from;
    for (; i < blocks.length && !slicer.due(); i++) stats.addBlock(blocks[i]![0], blocks[i]![1]);
    return i;
  };
  for (let i = slice(0); i < blocks.length; i = slice(i)) await slicer.yield();
  return stats;
}
