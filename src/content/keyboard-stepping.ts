/**
 * The keyboard and the cards. Marks are not focusable, so the keyboard
 * reaches them through the shortcuts (commands API, see
 * background/shortcuts.ts), which step through every mention of the article
 * in reading order, each opening its card with the focus on it; never while
 * the reader is typing in a field. In a focused card Tab stays inside it, and
 * Escape closes it.
 */
import type { CardSession } from './card-session.ts';
import { trapTab } from './card/focus-trap.ts';
import { typingIn } from './editable-focus.ts';
import type { Marks } from './marks.ts';

/** Goes to the article's next (+1) or previous (-1) mention and opens its card; false when it did not (no marks, or the reader is typing). */
export function stepThroughArticle(doc: Document, session: CardSession, marks: Marks, step: 1 | -1): boolean {
  const count = marks.length;
  if (count === 0 || typingIn(doc)) return false;
  session.rememberFocus();
  const current = session.openMention;
  const at = current && current.marks === marks ? current.index : -1;
  let index = at < 0 ? (step > 0 ? 0 : count - 1) : (at + step + count) % count;
  // A mention whose text the page changed since the pass has no range until the next pass: the step goes past it.
  for (let tries = 0; tries < count; tries++, index = (index + step + count) % count) {
    const mention = marks.mention(index);
    if (mention) {
      session.goTo(mention);
      return true;
    }
  }
  return false;
}

export function watchKeyboard(doc: Document, session: CardSession, signal: AbortSignal): void {
  const onKeyDown = (event: KeyboardEvent) => {
    // Only the reader's own keys: a page can dispatch key events of its own (isTrusted false).
    if (!event.isTrusted || !session.hover.openMention) return;
    if (event.key === 'Escape') {
      session.hover.closeNow();
      return;
    }
    const root = session.host.element.shadowRoot;
    // Only a card that has the focus keeps it: a card opened by the pointer leaves Tab to the page.
    if (event.key === 'Tab' && !event.altKey && !event.ctrlKey && !event.metaKey && root && doc.activeElement === session.host.element) trapTab(root, event);
  };
  doc.addEventListener('keydown', onKeyDown, { capture: true, signal });
}
