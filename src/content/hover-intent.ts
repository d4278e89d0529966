/**
 * When a card opens and closes, as the most used hover previews do it: it
 * opens once the pointer has rested on a name for OPEN_DELAY_MS, stays open
 * while the pointer is over the name or the card, closes CLOSE_DELAY_MS after
 * the pointer leaves both, and at once on Escape. Scrolling cancels a pending
 * open, so text moving under a still pointer opens nothing.
 */
import type { PointHit } from './mention-at-point.ts';
import { sameMention, type MarkedMention } from './marks.ts';

export const OPEN_DELAY_MS = 500;
export const CLOSE_DELAY_MS = 300;

export interface HoverCallbacks {
  open(hit: PointHit): void;
  close(): void;
}

export class HoverIntent {
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private opened: MarkedMention | undefined;
  private overCard = false;

  constructor(private readonly callbacks: HoverCallbacks) {}

  get openMention(): MarkedMention | undefined {
    return this.opened;
  }

  /** The pointer moved; `hit` is the mention under it, if any. */
  pointerAt(hit: PointHit | undefined): void {
    if (hit && sameMention(hit.mention, this.opened)) {
      this.cancelClose();
      this.cancelOpen();
      return;
    }
    if (this.opened && !this.overCard) this.scheduleClose();
    this.cancelOpen();
    if (!hit) return;
    // Restarted on every move: the delay counts from when the pointer comes to rest.
    this.openTimer = setTimeout(() => {
      this.openTimer = undefined;
      this.cancelClose();
      this.opened = hit.mention;
      this.callbacks.open(hit);
    }, OPEN_DELAY_MS);
  }

  pointerOverCard(over: boolean): void {
    this.overCard = over;
    if (over) this.cancelClose();
    else if (this.opened) this.scheduleClose();
  }

  /** Page scrolled: whatever was about to open was not aimed at. */
  scrolled(): void {
    this.cancelOpen();
  }

  /** Opens a card at once, without the delay (keyboard, or a tap). */
  openNow(hit: PointHit): void {
    this.cancelOpen();
    this.cancelClose();
    this.opened = hit.mention;
    this.callbacks.open(hit);
  }

  closeNow(): void {
    this.cancelOpen();
    this.cancelClose();
    if (!this.opened) return;
    this.opened = undefined;
    this.overCard = false;
    this.callbacks.close();
  }

  private scheduleClose(): void {
    if (this.closeTimer !== undefined) return;
    this.closeTimer = setTimeout(() => {
      this.closeTimer = undefined;
      this.closeNow();
    }, CLOSE_DELAY_MS);
  }

  private cancelOpen(): void {
    if (this.openTimer !== undefined) clearTimeout(this.openTimer);
    this.openTimer = undefined;
  }

  private cancelClose(): void {
    if (this.closeTimer !== undefined) clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }
}
