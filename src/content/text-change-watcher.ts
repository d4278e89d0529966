/**
 * Notices when a page adds, rewrites or removes text after it loaded (live
 * blogs, "read more", hydration, single-page navigation) and asks for a new
 * annotation pass, at most once per THROTTLE_MS, so that new text gets its
 * marks within about a second and stale marks go. Our own changes never count:
 * marks are highlights (no DOM change) and the card lives outside the body.
 */

export const THROTTLE_MS = 400;

function carriesText(node: Node): boolean {
  return node.nodeType === Node.TEXT_NODE ? (node as Text).data.trim() !== '' : (node.textContent ?? '').trim() !== '';
}

function isRelevant(record: MutationRecord, ownUi: Element): boolean {
  if (ownUi.contains(record.target)) return false;
  if (record.type === 'characterData') return true;
  for (const node of record.addedNodes) if (carriesText(node)) return true;
  for (const node of record.removedNodes) if (carriesText(node)) return true;
  return false;
}

export function watchTextChanges(doc: Document, ownUi: Element, onChange: () => void, signal: AbortSignal): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    if (timer !== undefined || !records.some((r) => isRelevant(r, ownUi))) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (!signal.aborted) onChange();
    }, THROTTLE_MS);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  }, { once: true });
}
