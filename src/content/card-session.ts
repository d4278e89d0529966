/**
 * The card that is open, if any: which mention it belongs to, filling it
 * from the worker, the card's own buttons (the same entity's other mentions,
 * an affiliation's card), taking the reader to a mention, and where focus
 * goes back to when it closes. Hover intent (hover-intent.ts) decides when a
 * card opens and closes; the pointer and the keyboard feed it.
 */
import { todayIso } from '../core/partial-date.ts';
import type { ResponseOf } from '../shared/messages.ts';
import { sendToBackground } from '../shared/messaging.ts';
import { CardHost } from './card/card-host.ts';
import type { CardState } from './card/card-state.ts';
import type { CardViewProps } from './card/card-ui-contract.ts';
import { loadCardUi } from './card/card-ui-loader.ts';
import { clearActiveMark, flashMark, setActiveMark } from './highlights.ts';
import { HoverIntent } from './hover-intent.ts';
import type { MarkedMention, Marks } from './marks.ts';

/** How long a mention stays flashed after the card's previous/next buttons scroll to it. */
const FLASH_MS = 900;

export class CardSession {
  readonly host: CardHost;
  readonly hover: HoverIntent;
  private request = 0;
  private current: MarkedMention | undefined;
  /** Where focus was before the keyboard opened a card: it goes back there on close. */
  private focusBefore: Element | null = null;
  /** Set when the keyboard or the card's own buttons open a card: it then takes focus. */
  private focusOnOpen = false;

  constructor(
    private readonly doc: Document,
    private readonly currentMarks: () => Marks,
    private readonly pageDate: string | undefined,
    private readonly signal: AbortSignal,
  ) {
    this.host = new CardHost(doc, (over) => this.hover.pointerOverCard(over));
    this.hover = new HoverIntent({
      open: (hit) => {
        void this.open(hit.mention, hit.rect, hit.mention.entityId, this.focusOnOpen);
        this.focusOnOpen = false;
      },
      close: () => this.closed(),
    });
    signal.addEventListener(
      'abort',
      () => {
        this.hover.closeNow();
        this.host.destroy();
      },
      { once: true },
    );
  }

  /** The mention whose card is open (or opening). */
  get openMention(): MarkedMention | undefined {
    return this.current;
  }

  /** Remembers where focus is, for a card the keyboard is about to open: it goes back there on close. */
  rememberFocus(): void {
    if (!this.host.isOpen) this.focusBefore = this.doc.activeElement;
  }

  /** Scrolls to a mention, flashes it and opens its card there, focused. */
  goTo(mention: MarkedMention): void {
    const view = this.doc.defaultView!;
    const first = mention.range.getClientRects()[0];
    if (first && (first.top < 0 || first.bottom > view.innerHeight)) view.scrollBy({ top: first.top - view.innerHeight / 3, behavior: 'instant' });
    const rect = mention.range.getClientRects()[0] ?? mention.range.getBoundingClientRect();
    flashMark(mention, FLASH_MS);
    this.focusOnOpen = true;
    this.hover.openNow({ mention, rect });
  }

  private closed(): void {
    this.request++;
    this.current = undefined;
    clearActiveMark();
    this.host.hide();
    if (this.focusBefore instanceof HTMLElement && this.focusBefore.isConnected) this.focusBefore.focus({ preventScroll: true });
    this.focusBefore = null;
  }

  private async open(mention: MarkedMention, anchor: DOMRect, entityId: string, focus: boolean): Promise<void> {
    const mine = ++this.request;
    const live = () => mine === this.request && !this.signal.aborted;
    this.current = mention;
    const marks = this.currentMarks();
    setActiveMark(mention);
    const label = entityId === mention.entityId ? mention.range.toString() : '…';
    const render = (state: CardState): CardViewProps => ({
      state,
      onClose: () => this.hover.closeNow(),
      onStep: (step: number) => this.stepWithinEntity(step),
      onOpenEntity: (id: string) => void this.open(mention, anchor, id, true),
    });
    // The card's UI comes with the first card (card-ui-loader.ts); asked already when the pointer reached a mark.
    const ui = await loadCardUi().catch(() => undefined);
    if (!live()) return;
    if (!ui) {
      this.hover.closeNow();
      return;
    }
    this.host.show(ui, render({ status: 'loading', label, type: mention.type }), anchor);
    if (focus) this.host.focusCard();
    const asked = performance.now();
    let answer: ResponseOf<'getEntityCard'>;
    try {
      answer = await sendToBackground('getEntityCard', { id: entityId, asOf: this.pageDate ?? todayIso() });
    } catch {
      // The worker failed or the extension went away under the page: say so in the card, throw nothing into the page.
      if (live()) this.host.update(render({ status: 'missing', label, type: mention.type }), anchor);
      return;
    }
    const { card, workerStartedAt } = answer;
    performance.measure('dramatis:card-lookup', { start: asked, end: performance.now() });
    if (!live()) return;
    const all = card ? marks.indicesOf(card.id) : [];
    const mentionIndex = mention.marks === marks ? all.indexOf(mention.index) : -1;
    const descriptors = descriptorsOf(all.map((i) => marks.descriptorAt(i)));
    const state: CardState = card
      ? { status: 'ready', card, mentionCount: all.length, mentionIndex, dateFromPage: this.pageDate !== undefined, workerStartedAt, descriptors }
      : { status: 'missing', label, type: mention.type };
    this.host.update(render(state), anchor);
    if (focus) this.host.focusCard();
  }

  /** The card's previous/next buttons: the same entity's other mentions. */
  private stepWithinEntity(step: number): void {
    const current = this.current;
    if (!current) return;
    const marks = this.currentMarks();
    const all = marks.indicesOf(current.entityId);
    const at = current.marks === marks ? all.indexOf(current.index) : -1;
    const next = marks.mention(all[(at + step + all.length) % all.length] ?? -1);
    if (next) this.goTo(next);
  }
}

/** The different ways the article describes an entity, in reading order, at most three. */
export function descriptorsOf(descriptors: readonly (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const descriptor of descriptors) {
    const key = descriptor?.toLowerCase().replace(/^(?:the|a|an) /, '');
    if (key === undefined || seen.has(key)) continue;
    seen.add(key);
    out.push(descriptor!);
    if (out.length === 3) break;
  }
  return out;
}
