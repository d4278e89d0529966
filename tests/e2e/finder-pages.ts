/**
 * The article finder's test pages (tests/fixtures/pages/finder-*.html), what
 * each must give, and a reader of marks by zone: shared by the Chromium and
 * Firefox suites. The pages declare their zones with `data-expect="story"`
 * (the story: headline, byline, body, captions, pull quotes) and
 * `data-expect="out"` (rails, teasers, navigation, footers).
 */

export interface ArticlePage {
  file: string;
  what: string;
  /** Names of the story that must be marked. */
  story: string[];
  /** Places where a mark must stand, as `marksWithZones` names them. */
  in?: string[];
}

export const ARTICLE_PAGES: ArticlePage[] = [
  {
    file: 'finder-rails.html',
    what: 'an <article> that holds rails, teasers, a share bar and a newsletter box',
    story: ['Christine Lagarde', 'European Central Bank', 'Mark Carney', 'Kristalina Georgieva', 'International Monetary Fund'],
    in: ['figcaption', 'aside.pullquote'],
  },
  { file: 'finder-several.html', what: 'several <article> elements, the story between teasers', story: ['Jerome Powell', 'International Monetary Fund'] },
  { file: 'finder-itemprop.html', what: 'itemprop=articleBody beside a longer column of blurbs', story: ['Tiff Macklem', 'Mark Carney', 'Bank of Canada'] },
  { file: 'finder-jsonld.html', what: 'a JSON-LD articleBody naming the story above longer letters', story: ['European Commission', 'Ursula von der Leyen'] },
  { file: 'finder-main.html', what: 'a main region with no other markup', story: ['Anthony Albanese', 'Ursula von der Leyen'] },
  { file: 'finder-plain.html', what: 'a layout table with text between line breaks', story: ['Bank of Canada', 'Tiff Macklem', 'Mark Carney'] },
  { file: 'finder-liveblog.html', what: 'a live blog whose posts are <article> elements', story: ['NATO', 'Keir Starmer', 'Mark Rutte'] },
  { file: 'finder-french.html', what: 'a page in French', story: ['Mark Rutte'] },
];

export const NOT_ARTICLE_PAGES = [
  { file: 'finder-home.html', what: 'a home page of teasers' },
  { file: 'finder-search.html', what: 'a search page' },
  { file: 'finder-shop.html', what: 'a shop' },
];

export interface ZonedMark {
  text: string;
  /** "story", "out", or "" when no ancestor declares a zone. */
  zone: string;
  /** The caption, aside or zone element around the mark (tag and class), to tell a caption or a pull quote. */
  element: string;
}

/**
 * In the page: every mark with its zone. Self-contained (it is serialized into
 * the page), with no named inner functions (tsx would wrap them in a helper
 * the page does not have).
 */
export const marksWithZones = (): ZonedMark[] => {
  const out: ZonedMark[] = [];
  for (const name of ['dramatis-person', 'dramatis-organization']) {
    for (const range of (CSS.highlights.get(name) ?? []) as Iterable<Range>) {
      const node = range.startContainer;
      const el = node instanceof Element ? node : node.parentElement;
      const holder = el?.closest('figcaption, aside, [data-expect]');
      out.push({
        text: range.toString(),
        zone: el?.closest('[data-expect]')?.getAttribute('data-expect') ?? '',
        element: holder ? `${holder.tagName.toLowerCase()}${holder.className ? `.${holder.className}` : ''}` : '',
      });
    }
  }
  return out.sort((a, b) => a.text.localeCompare(b.text));
};
