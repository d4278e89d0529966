/**
 * Notices when a single-page app moves to another page without loading one
 * (`history.pushState`, back and forward within the app), so that the new
 * article is read afresh, its publication date included.
 */

/** The page's address without its fragment: a jump to an anchor is not another page. */
function pageAddress(view: Window): string {
  const { origin, pathname, search } = view.location;
  return origin + pathname + search;
}

/**
 * Calls `onChange` after the page's address changed, until `signal` aborts. It
 * waits for the next task: an app moves the address (the Navigation API reports
 * that at once) before it puts the new article in place.
 */
export function watchPageAddress(doc: Document, onChange: () => void, signal: AbortSignal): void {
  const view = doc.defaultView;
  if (!view) return;
  let address = pageAddress(view);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    if (signal.aborted || pageAddress(view) === address) return;
    address = pageAddress(view);
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (!signal.aborted) onChange();
    }, 0);
  };
  view.addEventListener('popstate', check, { signal });
  // The Navigation API reports pushState itself. Where it is missing (older Firefox releases), an app that
  // navigates changes the page, and the address is compared when it does.
  const navigation = (view as { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', check, { signal });
  } else {
    const observer = new MutationObserver(check);
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  }
  signal.addEventListener(
    'abort',
    () => {
      if (timer !== undefined) clearTimeout(timer);
    },
    { once: true },
  );
}
