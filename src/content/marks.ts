/**
 * The marks on the page: one DOM `Range` per mention, registered as CSS Custom
 * Highlights (`dramatis-person`, `dramatis-organization`, or the names of the
 * chosen look). The page's DOM is never touched for a mark, so clearing them
 * leaves nothing to restore.
 */
import type { EntityType } from '../core/entity-schema.ts';
import type { MarkLook } from '../shared/settings.ts';
import type { Mention } from '../core/mention-finder.ts';
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

export interface MarkedMention {
  range: Range;
  entityId: string;
  type: EntityType;
  /** Position in reading order. */
  index: number;
  /** How the article describes the entity at this mention ("NATO chief"). */
  descriptor?: string;
}

export class Marks {
  /** The names the marks are shown under, and the highlights shown there now. */
  private static names = LOOK_HIGHLIGHT_NAMES.dotted;
  private static shown: Partial<Record<EntityType, Highlight>> = {};
  /** Stops the registered set of a big page following the viewport. */
  private static following: AbortController | undefined;

  readonly mentions: MarkedMention[] = [];
  private readonly byNode = new Map<Text, MarkedMention[]>();

  /** The marks of `mentions`, built in slices that leave the main thread free between them. */
  static async build(blocks: readonly TextBlock[], mentions: readonly Mention[], slicer = new Slicer()): Promise<Marks> {
    const marks = new Marks();
    for (const mention of mentions) {
      if (slicer.due()) await slicer.yield();
      marks.add(blocks, mention);
    }
    return marks;
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
    const range = new Range();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    const marked: MarkedMention = { range, entityId: mention.entityId, type: mention.type, index: this.mentions.length };
    if (mention.descriptor !== undefined) marked.descriptor = mention.descriptor;
    this.mentions.push(marked);
    for (const node of block.nodes.slice(first, last + 1)) {
      const list = this.byNode.get(node);
      if (list) list.push(marked);
      else this.byNode.set(node, [marked]);
    }
  }

  /** The mention that contains the given DOM position, if any. */
  at(node: Node, offset: number): MarkedMention | undefined {
    const candidates = node.nodeType === Node.TEXT_NODE ? this.byNode.get(node as Text) : undefined;
    return candidates?.find((m) => m.range.comparePoint(node, offset) === 0);
  }

  mentionsOf(entityId: string): MarkedMention[] {
    return this.mentions.filter((m) => m.entityId === entityId);
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
    if (this.mentions.length <= MAX_REGISTERED) register(highlights, this.mentions);
    else Marks.following = followViewport(this.mentions, highlights);
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
