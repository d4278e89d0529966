/**
 * Finds the article on a page and reads its text as blocks (a paragraph, a
 * heading, a list item), remembering which text nodes each block came from so
 * that offsets in a block's text can be turned back into DOM ranges.
 */

import { Slicer } from './time-slicing.ts';

export interface TextBlock {
  text: string;
  nodes: Text[];
  /** Offset in `text` at which each of `nodes` begins. */
  starts: number[];
}

/** Never read, whatever the scope: not prose (controls, code, media) or not the page's own (overlays, our UI). */
const NEVER_READ_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'DIALOG',
]);
const NEVER_READ_ROLES = new Set(['dialog', 'alertdialog', 'alert']);
/**
 * Read only when the reader asked for the whole page: the page's furniture
 * around an article. A form counts here, not above, because some sites wrap
 * the whole page in one; its controls stay skipped.
 */
const OUTSIDE_ARTICLE_TAGS = new Set(['NAV', 'ASIDE', 'MENU', 'FORM']);
const OUTSIDE_ARTICLE_ROLES = new Set(['navigation', 'menu', 'menubar', 'search', 'complementary', 'banner', 'contentinfo']);

/** Elements that flow inside a line: their text joins the surrounding block. */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'LABEL', 'MARK', 'Q',
  'RUBY', 'RT', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'WBR',
]);

export const OWN_UI_ATTRIBUTE = 'data-dramatis-ui';

/**
 * The element that holds the article: the `<article>` with the most paragraph
 * text, else the marked-up article body or main region, else the whole body.
 */
export function findArticleRoot(doc: Document): Element {
  let best: Element | undefined;
  let bestLength = 0;
  for (const article of doc.querySelectorAll('article')) {
    let length = 0;
    for (const p of article.querySelectorAll('p')) length += p.textContent?.length ?? 0;
    if (length > bestLength) {
      best = article;
      bestLength = length;
    }
  }
  if (best && bestLength >= 200) return best;
  return doc.querySelector('[itemprop="articleBody"], main, [role="main"]') ?? best ?? doc.body;
}

function isSkipped(el: Element, wholePage: boolean): boolean {
  const tag = el.tagName.toUpperCase();
  if (NEVER_READ_TAGS.has(tag) || (!wholePage && OUTSIDE_ARTICLE_TAGS.has(tag))) return true;
  if (el.hasAttribute(OWN_UI_ATTRIBUTE) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role !== null && (NEVER_READ_ROLES.has(role) || (!wholePage && OUTSIDE_ARTICLE_ROLES.has(role)))) return true;
  return el instanceof HTMLElement && el.isContentEditable;
}

function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName.toUpperCase());
}

/**
 * The text blocks under `root`, in reading order, read in slices that leave the
 * main thread free between them. With `wholePage`, navigation, sidebars and
 * other furniture are read too.
 */
export async function collectTextBlocks(root: Element, slicer = new Slicer(), wholePage = false): Promise<TextBlock[]> {
  const blocks: TextBlock[] = [];
  let current: TextBlock | undefined;
  let currentOwner: Element | undefined;

  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.nodeType === Node.ELEMENT_NODE && isSkipped(node as Element, wholePage) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (slicer.due()) await slicer.yield();
    if (node.nodeType === Node.ELEMENT_NODE) {
      // A line break or a new block element ends the running block.
      if (!isInline(node as Element)) current = undefined;
      continue;
    }
    const text = node as Text;
    const data = text.data;
    const owner = blockOwner(text, root);
    // Blank text only counts between words of the same block: "<span>Mark</span> <span>Rutte</span>".
    if (data.trim() === '' && (!current || owner !== currentOwner)) continue;
    if (!current || owner !== currentOwner) {
      current = { text: '', nodes: [], starts: [] };
      currentOwner = owner;
      blocks.push(current);
    }
    current.starts.push(current.text.length);
    current.nodes.push(text);
    current.text += data;
  }
  return blocks;
}

function blockOwner(text: Text, root: Element): Element {
  let el = text.parentElement;
  while (el && el !== root && isInline(el)) el = el.parentElement;
  return el ?? root;
}

/** The DOM position of an offset in a block's text. */
export function positionIn(block: TextBlock, offset: number, atEnd: boolean): { node: Text; offset: number } {
  // Binary search for the last node that starts at or before the offset.
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = block.starts[mid]!;
    if (start < offset || (!atEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return { node: block.nodes[lo]!, offset: offset - block.starts[lo]! };
}
