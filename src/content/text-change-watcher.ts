/**
 * Notices when the page adds, rewrites or removes text where a pass reads it
 * (the article and its headline, or the whole page when the reader asked for
 * it): live blogs, "read more", hydration, re-renders. Only there: a page that
 * keeps changing text elsewhere (a clock, counters, a chat in a sidebar)
 * costs nothing. The article's ancestors are watched for their own children
 * only, to notice the article itself replaced. Each record costs in
 * proportion to what it changed. Our own changes never count: marks are
 * highlights (no DOM change) and the card's host is outside what is read.
 */

function carriesText(node: Node): boolean {
  return node.nodeType === Node.TEXT_NODE ? (node as Text).data.trim() !== '' : (node.textContent ?? '').trim() !== '';
}

export class TextChangeWatcher {
  private readonly observer: MutationObserver;
  private watched: readonly Element[] = [];

  constructor(
    private readonly ownUi: Element,
    private readonly onChange: () => void,
    signal: AbortSignal,
  ) {
    this.observer = new MutationObserver((records) => {
      if (records.some((r) => this.isRelevant(r))) onChange();
    });
    signal.addEventListener('abort', () => this.observer.disconnect(), { once: true });
  }

  /** Watches `elements` from now on (what the next pass reads): their text, and their ancestors' children. */
  watch(elements: readonly Element[]): void {
    // Changes since the last records were delivered still count.
    if (this.observer.takeRecords().some((r) => this.isRelevant(r))) this.onChange();
    this.observer.disconnect();
    this.watched = elements;
    // What is to be read left the page already (replaced while it was being found): read again.
    if (elements.some((element) => !element.isConnected)) this.onChange();
    for (const element of elements) {
      this.observer.observe(element, { childList: true, subtree: true, characterData: true });
      for (let above = element.parentElement; above; above = above.parentElement) this.observer.observe(above, { childList: true });
    }
  }

  private isRelevant(record: MutationRecord): boolean {
    const target = record.target;
    if (this.ownUi.contains(target)) return false;
    // An ancestor's children changed: it matters only when what is read left the page.
    if (!this.watched.some((element) => element.contains(target))) return this.watched.some((element) => !element.isConnected);
    if (record.type === 'characterData') return true;
    for (const node of record.addedNodes) if (carriesText(node)) return true;
    for (const node of record.removedNodes) if (carriesText(node)) return true;
    return false;
  }
}
