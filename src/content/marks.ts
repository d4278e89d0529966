/**
 * The article's mentions as the content script keeps them: numbers, not DOM
 * objects. Each mention is the index of its first and last text node and its
 * offsets in them. A DOM `Range` (a few hundred bytes of browser memory, and
 * one more object the browser updates on every change to the page) exists
 * only for the marks registered as highlights (highlights.ts) and for the
 * ones in use: under the pointer, the open card's, the one the keyboard
 * stepped to. On a big page that is the marks near the viewport, not
 * thousands.
 */
import type { EntityType } from '../core/entity-schema.ts';
import type { Mention } from '../core/mention.ts';
import { positionIn, type TextBlock } from './article-text.ts';
import { Slicer } from './time-slicing.ts';

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
}
