/**
 * One annotation of the page, from start to abort: reads the article, has the
 * background find the mentions, shows them as highlights, and opens cards on
 * hover. Aborting the signal removes every mark, listener and the card.
 */
import { MAX_BLOCKS, MAX_TEXT_CHARS, type CastEntry } from '../shared/messages.ts';
import type { Mention } from '../core/mention.ts';
import { unpackMentions } from '../shared/packed-mentions.ts';
import { requestMentions } from './mention-request.ts';
import type { Settings } from '../shared/settings.ts';
import { collectTextBlocks, findArticleRoot, type TextBlock } from './article-text.ts';
import { Marks } from './marks.ts';
import { publicationDate } from './page-date.ts';
import { watchTextChanges } from './text-change-watcher.ts';
import { Slicer } from './time-slicing.ts';
import { startCards } from './card-controller.ts';

/** What the reader chose to see marked, and where (the popup's settings). */
export type MarkView = Pick<Settings, 'markPeople' | 'markOrganizations' | 'markMode' | 'scope'>;

/** What the popup can ask of a running annotation. */
export interface Annotation {
  cast(): CastEntry[];
  /** Scrolls to the entity's first mention and opens its card; false when it has none. */
  show(entityId: string): boolean;
}

export async function annotatePage(doc: Document, view: MarkView, signal: AbortSignal): Promise<Annotation | undefined> {
  let marks = EMPTY_MARKS;
  // In "while Alt is held" mode the marks (and cards) appear only while the reader holds the key.
  let shown = view.markMode !== 'modifier';
  if (!shown) {
    watchModifier(doc, (held) => {
      shown = held;
      if (held) marks.show();
      else Marks.clear();
    }, signal);
  }
  signal.addEventListener('abort', () => Marks.clear(), { once: true });
  const cards = startCards(doc, () => (shown ? marks : EMPTY_MARKS), publicationDate(doc, findArticleRoot(doc)), signal);

  // Text that changes later gets a fresh pass; one pass at a time, and the latest change always gets one.
  let running = false;
  let again = false;
  const repass = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const next = await readAndMark(doc, view);
        if (signal.aborted) return;
        marks = next;
        if (shown) marks.show();
      } while (again);
    } finally {
      running = false;
    }
  };
  // Watched from before the first pass: a page that hydrates or re-renders while that pass waits for
  // the worker gets another pass, instead of keeping marks on text that is gone until its next change.
  watchTextChanges(doc, cards.host, () => void repass().catch((error: unknown) => console.warn('Dramatis:', error)), signal);
  await repass();
  if (signal.aborted) return undefined;
  return {
    cast: () => castOf(marks),
    show: (entityId) => {
      const first = marks.mention(marks.indicesOf(entityId)[0] ?? -1);
      if (first) cards.goTo(first);
      return first !== undefined;
    },
  };
}

/** Reads the article (or the whole page) as it is now, finds its mentions and keeps those the reader wants marked. */
async function readAndMark(doc: Document, view: MarkView): Promise<Marks> {
  const started = performance.now();
  const slicer = new Slicer();
  const read = view.scope === 'page' ? collectTextBlocks(doc.body ?? doc.documentElement, slicer, true) : readArticle(doc, findArticleRoot(doc), slicer);
  const blocks = withinRequestLimits(await read);
  const asked = performance.now();
  const packed = await slicer.wait(requestMentions(blocks.map((b) => b.text)));
  performance.measure('dramatis:find-mentions', { start: asked, end: performance.now() });
  const mentions = await unpackMentions(packed, slicer);
  const marks = await Marks.build(blocks, visible(mentions, view), slicer);
  // `mainThreadMs`: the pass's own work on the page's thread, without yields and the wait for the worker.
  performance.measure('dramatis:annotate', {
    start: started,
    end: performance.now(),
    detail: { mentions: mentions.length, blocks: blocks.length, mainThreadMs: slicer.busyMs() },
  });
  return marks;
}

const EMPTY_MARKS = new Marks();

/** Calls `onChange(true)` while Alt is held and `onChange(false)` when it is released or the window loses focus. */
function watchModifier(doc: Document, onChange: (held: boolean) => void, signal: AbortSignal): void {
  let held = false;
  const set = (next: boolean) => {
    if (next !== held) onChange((held = next));
  };
  // Only the reader's own keys: a page's synthetic events must not show or hide the marks.
  doc.addEventListener('keydown', (e) => e.isTrusted && e.key === 'Alt' && set(true), { capture: true, signal });
  doc.addEventListener('keyup', (e) => e.isTrusted && e.key === 'Alt' && set(false), { capture: true, signal });
  doc.defaultView?.addEventListener('blur', () => set(false), { signal });
}

function visible(mentions: Mention[], view: MarkView): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    if (m.type === 'person' ? !view.markPeople : !view.markOrganizations) return false;
    if (view.markMode === 'first') {
      if (seen.has(m.entityId)) return false;
      seen.add(m.entityId);
    }
    return true;
  });
}

/** The article's cast: each entity once, named by its longest form in the article, most mentioned first. */
function castOf(marks: Marks): CastEntry[] {
  const cast = new Map<string, CastEntry>();
  for (let i = 0; i < marks.length; i++) {
    const entityId = marks.entityIdAt(i);
    const label = marks.textOf(i);
    const entry = cast.get(entityId);
    if (!entry) cast.set(entityId, { entityId, label, type: marks.typeAt(i), mentions: 1 });
    else {
      entry.mentions += 1;
      if (label.length > entry.label.length) entry.label = label;
    }
  }
  return [...cast.values()].sort((a, b) => b.mentions - a.mentions || a.label.localeCompare(b.label));
}

/** The article's blocks, with the page's main headline first when it stands outside the article element. */
async function readArticle(doc: Document, root: Element, slicer: Slicer): Promise<TextBlock[]> {
  const headline = doc.querySelector('h1');
  const blocks = headline && !root.contains(headline) && !headline.contains(root) ? await collectTextBlocks(headline, slicer) : [];
  return [...blocks, ...(await collectTextBlocks(root, slicer))];
}

/** The leading blocks that fit in one request; a pathological page is annotated only that far. */
function withinRequestLimits(blocks: TextBlock[]): TextBlock[] {
  let total = 0;
  const kept: TextBlock[] = [];
  for (const block of blocks) {
    total += block.text.length;
    if (total > MAX_TEXT_CHARS || kept.length >= MAX_BLOCKS) break;
    kept.push(block);
  }
  return kept;
}
