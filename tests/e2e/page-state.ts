/**
 * What Dramatis has done to a page, read the same way by the Chromium and the
 * Firefox suites. The readers named `…InPage` or typed as page functions run
 * inside the page (pass them to `page.evaluate`): they are self-contained on
 * purpose, since they are serialized into it, and they hold no named inner
 * functions (tsx would wrap those in a helper the page does not have).
 */
import type { PageMark } from '../../dev/page-marks.ts';

export const CARD_HOST_SELECTOR = '#dramatis-card-host';

/** In the page: the page's DOM serialized without our one host element, to compare a page with Dramatis and without. */
export const serializePageDom = (): string => {
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  clone.querySelector('#dramatis-card-host')?.remove();
  return clone.outerHTML;
};

/** In the page: what Dramatis has there: its highlight names, card hosts, and annotation passes so far. */
export const footprint = () => ({
  highlights: [...CSS.highlights.keys()].filter((name) => name.startsWith('dramatis-')).sort(),
  hosts: document.querySelectorAll('#dramatis-card-host').length,
  passes: performance.getEntriesByName('dramatis:annotate').length,
});

/**
 * In the page: Dramatis has decided about it: an annotation pass has ended, or the first content script
 * found that the page holds no article (and so loads nothing).
 */
export const annotationSettled = (): boolean =>
  performance.getEntriesByName('dramatis:annotate').length > 0 || performance.getEntriesByName('dramatis:no-article').length > 0;

/** In the page: the texts (spaces folded) of the ranges under each highlight name, by default the default look's, sorted. */
export const markedTexts = (names?: readonly string[] | void): Record<string, string[]> =>
  Object.fromEntries(
    (names || ['dramatis-person', 'dramatis-organization']).map((name) => [
      name,
      [...((CSS.highlights.get(name) ?? []) as Iterable<Range>)].map((r) => r.toString().replace(/\s+/g, ' ')).sort(),
    ]),
  );

/** In the page: the computed `::highlight()` style of both mark kinds, read where the first mark of each is. */
export const highlightStyles = () =>
  Object.fromEntries(
    ['dramatis-person', 'dramatis-organization'].map((name) => {
      const range = [...((CSS.highlights.get(name) ?? []) as Iterable<Range>)][0];
      const element = range?.startContainer.parentElement;
      if (!element) return [name, null];
      const style = getComputedStyle(element, `::highlight(${name})`);
      return [name, { background: style.backgroundColor, decoration: style.textDecorationLine, decorationStyle: style.textDecorationStyle }];
    }),
  );

/** The mark whose text (spaces folded) is `text`; throws, listing the marks, when there is none. */
export function markNamed(marks: readonly PageMark[], text: string): PageMark {
  const mark = marks.find((m) => m.text.replace(/\s+/g, ' ') === text);
  if (!mark) throw new Error(`"${text}" is not marked; marks: ${marks.map((m) => m.text).join(', ')}`);
  return mark;
}

export type CardState = NonNullable<ReturnType<typeof cardStateInPage>>;

/** In the page: the card's geometry, its computed style from our shadow stylesheet, and what hit-testing finds over it. */
export const cardStateInPage = () => {
  const host = document.getElementById('dramatis-card-host');
  const el = host?.shadowRoot?.querySelector<HTMLElement>('.card');
  if (!host || !el) return null;
  const rect = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  const hostStyle = getComputedStyle(host);
  // Hit-testing finds our host (shadow content is retargeted to it) wherever nothing covers the card.
  const covered: string[] = [];
  for (const fx of [0.1, 0.3, 0.5, 0.7, 0.9]) {
    for (const fy of [0.1, 0.3, 0.5, 0.7, 0.9]) {
      const x = rect.x + rect.width * fx;
      const y = rect.y + rect.height * fy;
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit !== host) covered.push(`${Math.round(x)},${Math.round(y)}: ${hit?.tagName ?? 'nothing'}`);
    }
  }
  return {
    rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
    viewport: { width: innerWidth, height: innerHeight },
    width: style.width,
    background: style.backgroundColor,
    borderRadius: style.borderTopLeftRadius,
    fontFamily: style.fontFamily,
    display: style.display,
    visibility: style.visibility,
    opacity: Number(style.opacity),
    hostDisplay: hostStyle.display,
    hostVisibility: hostStyle.visibility,
    hostOpacity: Number(hostStyle.opacity),
    popoverOpen: host.matches(':popover-open'),
    covered,
    atCentre: document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2) === host,
    text: el.textContent ?? '',
  };
};

/**
 * What is wrong with an open card on a light page, if anything: it must be an
 * open popover (the top layer), styled by our own stylesheet (card-styles.ts:
 * 340px wide, white, rounded, the system font) whatever the page's CSS,
 * inside the viewport, and covered by nothing.
 */
export function cardProblems(state: CardState | null): string[] {
  if (!state) return ['there is no card in our shadow root'];
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  const { rect, viewport } = state;
  check(state.popoverOpen, 'the host is not an open popover');
  check(state.width === '340px', `card width ${state.width}, not 340px`);
  check(state.background === 'rgb(255, 255, 255)', `card background ${state.background}, not white`);
  check(state.borderRadius === '12px', `card corners ${state.borderRadius}, not 12px`);
  check(/^system-ui/.test(state.fontFamily), `card font ${state.fontFamily}, not the system font`);
  check(rect.width > 100 && rect.width < 700, `card box ${rect.width}px wide`);
  check(rect.height > 40 && rect.height <= viewport.height, `card box ${rect.height}px high`);
  check(
    rect.x >= 0 && rect.y >= 0 && rect.x + rect.width <= viewport.width && rect.y + rect.height <= viewport.height,
    `card at ${rect.x},${rect.y} (${rect.width}x${rect.height}) outside the viewport`,
  );
  check(
    state.display !== 'none' && state.visibility === 'visible' && state.opacity === 1,
    `card display ${state.display}, visibility ${state.visibility}, opacity ${state.opacity}`,
  );
  check(
    state.hostDisplay !== 'none' && state.hostVisibility === 'visible' && state.hostOpacity === 1,
    `host display ${state.hostDisplay}, visibility ${state.hostVisibility}, opacity ${state.hostOpacity}`,
  );
  check(state.atCentre, "something else is at the card's centre");
  check(state.covered.length === 0, `the page covers the card at ${state.covered.join('; ')}`);
  return problems;
}
