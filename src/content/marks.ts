/**
 * The marks on the page, registered as CSS Custom Highlights
 * (`dramatis-person`, `dramatis-organization`, or the names of the chosen
 * look). The page's DOM is never touched for a mark, so clearing them leaves
 * nothing to restore.
 *
 * Each mention is kept as numbers: the index of its first and last text node
 * and its offsets in them. A DOM `Range` (a few hundred bytes of browser
 * memory, and one more object the browser updates on every change to the
 * page) exists only for the marks registered as highlights and for the ones
 * in use: under the pointer, the open card's, the one the keyboard stepped
 * to. On a big page that is the marks near the viewport, not thousands.
 */
import type { EntityType } from '../core/entity-schema.ts';
import type { MarkLook } from '../shared/settings.ts';
import type { Mention } from '../core/mention.ts';
import { positionIn, type TextBlock } from './article-text.ts';
import { Slicer } from './time-slicing.ts';
import { followViewport, MAX_REGISTERED, register } from './viewport-marks.ts';

/** The highlight names of each look (styled in marks.css); the default look keeps the plain names. */
export const LOOK_HIGHLIGHT_NAMES: Record<MarkLook, Record<EntityType, string>> = {
  dotted: { person: 'dramatis-person', organization: 'dramatis-organization' },
  tint: { person: 'dramatis-person-tint', organization: 'dramatis-organization-tint' },
  line: { person: 'dramatis-person-line', organization: 'dramatis-organization-line' },
};
/** The mention whose card is open. */
export const ACTIVE_HIGHLIGHT = 'dramatis-active';
/** A mention the reader was just taken to from the card or the keyboard. */
export const FLASH_HIGHLIGHT = 'dramatis-flash';

/** One mention in use (hovered, carded, stepped to), made from the compact marks when needed. */
export interface MarkedMention {
  marks: Marks;
  /** Position in reading order. */
  index: number;
  entityId: string;
  type: EntityType;
  range: Range;
}

/** Two handles on the same mention of the same marks. */
export function sameMention(a: MarkedMention | undefined, b: MarkedMention | undefined): boolean {
  return a !== undefined && b !== undefined && a.marks === b.marks && a.index === b.index;
}

/** Per mention: first node, offset there, last node, offset there. */
const FIELDS = 4;

export class Marks {
  /** The names the marks are shown under, and the highlights shown there now. */
  private static names = LOOK_HIGHLIGHT_NAMES.dotted;
  private static shown: Partial<Record<EntityType, Highlight>> = {};
  /** Stops the registered set of a big page following the viewport. */
  private static following: AbortController | undefined;

  /** The text nodes the mentions lie in, in reading order, each once. */
  private readonly nodes: Text[] = [];
  private readonly nodeIndex = new Map<Text, number>();
  private spans: Uint32Array;
  private entityOf: Uint32Array;
  private readonly entities: { id: string; type: EntityType }[] = [];
  private readonly entityIndex = new Map<string, number>();
  /** How the article describes the entity at a mention ("NATO chief"), for the few mentions that say. */
  private readonly descriptors = new Map<number, string>();
  /** The ranges that exist: registered as highlights, by mention. */
  private readonly ranges = new Map<number, Range>();
  private count = 0;

  constructor(capacity = 0) {
    this.spans = new Uint32Array(capacity * FIELDS);
    this.entityOf = new Uint32Array(capacity);
  }

  /** The marks of `mentions`, built in slices that leave the main thread free between them. */
  static async build(blocks: readonly TextBlock[], mentions: readonly Mention[], slicer = new Slicer()): Promise<Marks> {
    const marks = new Marks(mentions.length);
    for (const mention of mentions) {
      if (slicer.due()) await slicer.yield();
      marks.add(blocks, mention);
    }
    marks.trim();
    return marks;
  }

  /** How many mentions are marked. */
  get length(): number {
    return this.count;
  }

  private add(blocks: readonly TextBlock[], mention: Mention): void {
    const block = blocks[mention.block];
    if (!block || mention.end > block.text.length) return;
    const start = positionIn(block, mention.start, false);
    const end = positionIn(block, mention.end, true);
    const first = block.nodes.indexOf(start.node);
    const last = block.nodes.indexOf(end.node);
    // The page may have rewritten or removed the text while the worker looked for mentions (a framework's
    // hydration or re-render): such a mention is left out, and the pass that follows the change marks it.
    for (let i = first; i <= last; i++) {
      const node = block.nodes[i]!;
      if (!node.isConnected || node.data !== block.text.slice(block.starts[i]!, block.starts[i + 1] ?? block.text.length)) return;
    }
    let entity = this.entityIndex.get(mention.entityId);
    if (entity === undefined) {
      entity = this.entities.push({ id: mention.entityId, type: mention.type }) - 1;
      this.entityIndex.set(mention.entityId, entity);
    }
    const at = this.count++;
    const base = at * FIELDS;
    this.spans[base] = this.indexOfNode(start.node);
    this.spans[base + 1] = start.offset;
    // The nodes between the first and the last belong to the mention too: a point in them is inside it.
    for (let i = first + 1; i < last; i++) this.indexOfNode(block.nodes[i]!);
    this.spans[base + 2] = this.indexOfNode(end.node);
    this.spans[base + 3] = end.offset;
    this.entityOf[at] = entity;
    if (mention.descriptor !== undefined) this.descriptors.set(at, mention.descriptor);
  }

  /** Mentions come in reading order, so a node is either new or the last one seen. */
  private indexOfNode(node: Text): number {
    const last = this.nodes.length - 1;
    if (last >= 0 && this.nodes[last] === node) return last;
    const known = this.nodeIndex.get(node);
    if (known !== undefined) return known;
    this.nodeIndex.set(node, this.nodes.length);
    return this.nodes.push(node) - 1;
  }

  /** Gives back the room of the mentions that were left out. */
  private trim(): void {
    if (this.count === this.entityOf.length) return;
    this.spans = this.spans.slice(0, this.count * FIELDS);
    this.entityOf = this.entityOf.slice(0, this.count);
  }

  entityIdAt(index: number): string {
    return this.entities[this.entityOf[index]!]!.id;
  }

  typeAt(index: number): EntityType {
    return this.entities[this.entityOf[index]!]!.type;
  }

  descriptorAt(index: number): string | undefined {
    return this.descriptors.get(index);
  }

  /** The mention's text as the page shows it now. */
  textOf(index: number): string {
    const base = index * FIELDS;
    const [first, from, last, to] = [this.spans[base]!, this.spans[base + 1]!, this.spans[base + 2]!, this.spans[base + 3]!];
    if (first === last) return this.nodes[first]!.data.slice(from, to);
    let text = this.nodes[first]!.data.slice(from);
    for (let i = first + 1; i < last; i++) text += this.nodes[i]!.data;
    return text + this.nodes[last]!.data.slice(0, to);
  }

  /** A handle on the mention, with its range; undefined when the page changed its text since (a new pass is coming). */
  mention(index: number): MarkedMention | undefined {
    if (index < 0 || index >= this.count) return undefined;
    const range = this.rangeOf(index);
    return range && { marks: this, index, entityId: this.entityIdAt(index), type: this.typeAt(index), range };
  }

  /** The registered range of the mention, or a new one. */
  private rangeOf(index: number): Range | undefined {
    return this.ranges.get(index) ?? this.newRange(index, false);
  }

  /** The range of a mention about to be registered: kept until `keepRanges` lets it go. */
  registeredRange(index: number): Range | undefined {
    let range = this.ranges.get(index);
    if (!range) {
      range = this.newRange(index, false);
      if (range) this.ranges.set(index, range);
    }
    return range;
  }

  /** Lets go of the ranges of the mentions outside [from, to): they are no longer registered. */
  keepRanges(from: number, to: number): void {
    for (const index of this.ranges.keys()) if (index < from || index >= to) this.ranges.delete(index);
  }

  private scratch: Range | undefined;

  /** Where the mention is on screen, measured without keeping a range for it. */
  boundsOf(index: number): DOMRect {
    const range = this.ranges.get(index) ?? this.newRange(index, true);
    return range ? range.getBoundingClientRect() : new DOMRect();
  }

  private newRange(index: number, scratch: boolean): Range | undefined {
    const base = index * FIELDS;
    const start = this.nodes[this.spans[base]!]!;
    const end = this.nodes[this.spans[base + 2]!]!;
    const from = this.spans[base + 1]!;
    const to = this.spans[base + 3]!;
    // Text shortened by the page since the pass: no range until the next pass reads it again.
    if (from > start.length || to > end.length) return undefined;
    const range = scratch ? (this.scratch ??= new Range()) : new Range();
    range.setStart(start, from);
    range.setEnd(end, to);
    return range;
  }

  /** The mention that contains the given DOM position, if any. */
  at(node: Node, offset: number): MarkedMention | undefined {
    const k = node.nodeType === Node.TEXT_NODE ? this.nodeIndex.get(node as Text) : undefined;
    if (k === undefined) return undefined;
    // The last mention that starts at or before the point; the point is in it when it ends at or after it.
    let lo = 0;
    let hi = this.count - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const base = mid * FIELDS;
      const node0 = this.spans[base]!;
      if (node0 < k || (node0 === k && this.spans[base + 1]! <= offset)) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return undefined;
    const base = found * FIELDS;
    const lastNode = this.spans[base + 2]!;
    const inside = lastNode > k || (lastNode === k && offset <= this.spans[base + 3]!);
    return inside ? this.mention(found) : undefined;
  }

  /** The positions of the entity's mentions, in reading order. */
  indicesOf(entityId: string): number[] {
    const entity = this.entityIndex.get(entityId);
    const out: number[] = [];
    if (entity === undefined) return out;
    for (let i = 0; i < this.count; i++) if (this.entityOf[i] === entity) out.push(i);
    return out;
  }

  /**
   * Registers the marks as highlights. A page with more than MAX_REGISTERED
   * marks gets only those near the viewport, and the set follows scrolling:
   * Chromium rebuilds the markers of every registered range whenever any
   * highlight, the DOM or a style changes, so thousands of ranges would make
   * each such frame costly (about 40 ms for 10,000 ranges on a quiet machine, over 150 ms under load).
   */
  show(): void {
    const started = performance.now();
    Marks.following?.abort();
    Marks.following = undefined;
    const highlights = {} as Record<EntityType, Highlight>;
    for (const [type, name] of Object.entries(Marks.names) as [EntityType, string][]) {
      highlights[type] = new Highlight();
      CSS.highlights.set(name, highlights[type]);
    }
    Marks.shown = highlights;
    if (this.count <= MAX_REGISTERED) register(highlights, this, 0, this.count);
    else Marks.following = followViewport(this, highlights);
    performance.measure('dramatis:show-marks', { start: started, end: performance.now() });
  }

  setActive(mention: MarkedMention): void {
    CSS.highlights.set(ACTIVE_HIGHLIGHT, onTop(new Highlight(mention.range)));
  }

  /** Briefly highlights a mention the reader was just taken to. */
  static flash(mention: MarkedMention, ms: number): void {
    CSS.highlights.set(FLASH_HIGHLIGHT, onTop(new Highlight(mention.range)));
    setTimeout(() => {
      if (CSS.highlights.get(FLASH_HIGHLIGHT)?.has(mention.range)) CSS.highlights.delete(FLASH_HIGHLIGHT);
    }, ms);
  }

  static clearActive(): void {
    CSS.highlights.delete(ACTIVE_HIGHLIGHT);
  }

  /** Shows the marks in another look at once: the highlights on screen move to the new look's names. */
  static setLook(look: MarkLook): void {
    const next = LOOK_HIGHLIGHT_NAMES[look];
    for (const [type, highlight] of Object.entries(Marks.shown) as [EntityType, Highlight][]) {
      CSS.highlights.delete(Marks.names[type]);
      CSS.highlights.set(next[type], highlight);
    }
    Marks.names = next;
  }

  static clear(): void {
    const names = Object.values(LOOK_HIGHLIGHT_NAMES).flatMap((pair) => Object.values(pair));
    for (const name of [...names, ACTIVE_HIGHLIGHT, FLASH_HIGHLIGHT]) CSS.highlights.delete(name);
    Marks.shown = {};
    Marks.following?.abort();
    Marks.following = undefined;
  }
}

/** Highlights registered later paint over earlier ones; the open and flashed mentions must stay visible whatever the look. */
function onTop(highlight: Highlight): Highlight {
  highlight.priority = 1;
  return highlight;
}
