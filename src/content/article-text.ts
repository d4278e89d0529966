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
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'VAR',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'DIALOG',
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
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'LABEL',
  'MARK',
  'Q',
  'RUBY',
  'RT',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'WBR',
]);

export const OWN_UI_ATTRIBUTE = 'data-dramatis-ui';

/** Never read, whatever the scope: controls, code, media, hidden text, overlays, editable regions, our own UI. */
export function isNeverRead(el: Element): boolean {
  if (NEVER_READ_TAGS.has(el.tagName.toUpperCase())) return true;
  // Most elements of a text (p, em, a few spans) have no attribute: one call instead of six.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute(OWN_UI_ATTRIBUTE) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role !== null && NEVER_READ_ROLES.has(role)) return true;
  // The attribute, not isContentEditable, which costs a style lookup per element; the region's children go with it.
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** The page's furniture by its tag or role: navigation, sidebars, menus, banners, footers. */
export function isOutsideArticle(el: Element, withForms = true): boolean {
  const tag = el.tagName.toUpperCase();
  if (OUTSIDE_ARTICLE_TAGS.has(tag)) return withForms || tag !== 'FORM';
  const role = el.hasAttributes() ? el.getAttribute('role') : null;
  return role !== null && OUTSIDE_ARTICLE_ROLES.has(role);
}

function isSkipped(el: Element, wholePage: boolean): boolean {
  return isNeverRead(el) || (!wholePage && isOutsideArticle(el));
}

export function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName.toUpperCase());
}

/**
 * The node after `node` in document order, within `root`, going into `node`'s
 * children only when `enter`. Walking by hand: a TreeWalker with a filter
 * calls back into script for every node, which made a walk several times as slow.
 */
export function nextInTree(node: Node, root: Node, enter: boolean): Node | null {
  if (enter && node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

export interface ReadOptions {
  /** Read navigation, sidebars and other furniture too (the whole-page setting). */
  wholePage?: boolean;
  /** Leaves out more: the article finder's rails, teasers and link lists. */
  skip?: (el: Element) => boolean;
  /** Start at this node inside `root` instead of its first child, and stop at `until` (not read). */
  from?: Node;
  until?: Node;
}

/**
 * Walks `root` from `from` in slices: `visit` handles each node and says
 * whether to go into its children; between slices the main thread is free.
 * The loop runs in a plain function, not in the async one: the engine
 * optimizes a loop of a plain function while it runs, and not a loop that
 * awaits (a 1 MB page took several times as long).
 */
export async function walkInSlices(root: Node, from: Node | null, slicer: Slicer, visit: (node: Node) => boolean, until?: Node): Promise<void> {
  const slice = (start: Node | null): Node | null => {
    let node = start;
    while (node && node !== until && !slicer.due()) node = nextInTree(node, root, visit(node));
    return node === until ? null : node;
  };
  for (let node = slice(from); node; node = slice(node)) await slicer.yield();
}

/**
 * The text blocks under `root`, in reading order, read in slices that leave the
 * main thread free between them.
 */
export async function collectTextBlocks(root: Element, slicer = new Slicer(), options: ReadOptions = {}): Promise<TextBlock[]> {
  const { wholePage = false, skip, until } = options;
  const blocks: TextBlock[] = [];
  let current: TextBlock | undefined;
  let currentOwner: Element | undefined;
  await walkInSlices(
    root,
    options.from ?? root.firstChild,
    slicer,
    (node) => {
      if (node.nodeType === Node.ELEMENT_NODE) {
        const el = node as Element;
        const enter = (until !== undefined && el.contains(until)) || (!isSkipped(el, wholePage) && !(skip?.(el) ?? false));
        // A line break or a new block element ends the running block.
        if (enter && !isInline(el)) current = undefined;
        return enter;
      }
      if (node.nodeType !== Node.TEXT_NODE) return false;
      const text = node as Text;
      const data = text.data;
      const owner = blockOwner(text, root);
      // Blank text only counts between words of the same block: "<span>Mark</span> <span>Rutte</span>".
      if (data.trim() === '' && (!current || owner !== currentOwner)) return false;
      if (!current || owner !== currentOwner) {
        current = { text: '', nodes: [], starts: [] };
        currentOwner = owner;
        blocks.push(current);
      }
      current.starts.push(current.text.length);
      current.nodes.push(text);
      current.text += data;
      return false;
    },
    until,
  );
  return blocks;
}

export function blockOwner(text: Text, root: Element): Element {
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
