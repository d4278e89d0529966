/**
 * Runs inside the page (pass it to page.evaluate): the page's DOM serialized
 * without our one host element, to compare a page with Dramatis and without.
 * Self-contained on purpose: it is serialized into the page.
 */
export const serializePageDom = (): string => {
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  clone.querySelector('#dramatis-card-host')?.remove();
  return clone.outerHTML;
};
