/**
 * Marks are not focusable, so the keyboard reaches them by shortcut:
 * Alt+Shift+N and Alt+Shift+P step through every mention of the article in
 * reading order, each opening its card (focused), and Escape closes the card.
 */
import type { CardSession } from './card-session.ts';
import type { Marks } from './marks.ts';

export function watchKeyboard(doc: Document, session: CardSession, currentMarks: () => Marks, signal: AbortSignal): void {
  const stepThroughArticle = (step: number) => {
    const marks = currentMarks();
    const count = marks.length;
    if (count === 0) return;
    session.rememberFocus();
    const current = session.openMention;
    const at = current && current.marks === marks ? current.index : -1;
    let index = at < 0 ? (step > 0 ? 0 : count - 1) : (at + step + count) % count;
    // A mention whose text the page changed since the pass has no range until the next pass: the step goes past it.
    for (let tries = 0; tries < count; tries++, index = (index + step + count) % count) {
      const mention = marks.mention(index);
      if (mention) return session.goTo(mention);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // Only the reader's own keys: a page can dispatch key events of its own (isTrusted false).
    if (!event.isTrusted) return;
    if (event.key === 'Escape' && session.hover.openMention) {
      session.hover.closeNow();
      return;
    }
    if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && (event.code === 'KeyN' || event.code === 'KeyP')) {
      event.preventDefault();
      stepThroughArticle(event.code === 'KeyN' ? 1 : -1);
    }
  };
  doc.addEventListener('keydown', onKeyDown, { capture: true, signal });
}
