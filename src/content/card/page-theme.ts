/**
 * Light or dark for the card: like the page the reader is looking at, and
 * like the system where the page does not say (no background of its own).
 * And the page's direction, which the card's layout follows.
 */

/** Relative luminance of a CSS `rgb()`/`rgba()` colour, or undefined when it is transparent or unreadable. */
function luminance(color: string): number | undefined {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(color);
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  if (alpha < 0.5) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function pageTheme(doc: Document): 'light' | 'dark' {
  const view = doc.defaultView;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el || !view) continue;
    const l = luminance(view.getComputedStyle(el).backgroundColor);
    if (l !== undefined) return l < 0.3 ? 'dark' : 'light';
  }
  return view?.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * The page's direction (`dir="rtl"` on the page or its body). The host's
 * `all: initial` does not reset `direction` (the `all` shorthand leaves it
 * alone), so without an explicit `dir` the card's text would inherit the
 * page's direction: "2020." showed as ".2020" on right-to-left pages.
 */
export function pageDirection(doc: Document): 'ltr' | 'rtl' {
  const el = doc.body ?? doc.documentElement;
  return el && doc.defaultView?.getComputedStyle(el).direction === 'rtl' ? 'rtl' : 'ltr';
}
