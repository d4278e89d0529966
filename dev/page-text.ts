/**
 * A saved page's article (`expected.html`) as the plain text of a gold file,
 * the way ../shared/realnews/README.md describes it: every block element and
 * `<br>` ends a paragraph (paragraphs joined by a blank line); script, style,
 * code, pre, nav, aside, form and hidden elements are skipped; entities are
 * decoded; runs of white space become one space.
 *
 * `node --import tsx dev/page-text.ts PAGE_DIR [ID]` prints a gold skeleton
 * (text, date from the page's metadata, no mentions yet) for a reader to judge.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BLOCKS = new Set(
  (
    'address article blockquote body caption center dd details dialog div dl dt fieldset figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup hr html ' +
    'li main menu ol p section summary table tbody td tfoot th thead tr ul br'
  ).split(' '),
);
const SKIPPED = new Set('script style code pre nav aside form noscript template svg math head title iframe select textarea button'.split(' '));
const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  copy: '©',
  reg: '®',
  trade: '™',
  shy: '\u00ad',
  middot: '·',
  bull: '•',
  laquo: '«',
  raquo: '»',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  zwj: '\u200d',
  zwnj: '\u200c',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  deg: '°',
  times: '×',
  euro: '€',
  pound: '£',
  frac12: '½',
  prime: '′',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return NAMED[name] ?? NAMED[name.toLowerCase()] ?? whole;
  });
}

function isHidden(attributes: string): boolean {
  return (
    /(^|\s)hidden(\s|=|$)/i.test(attributes) || /style\s*=\s*["'][^"']*display\s*:\s*none/i.test(attributes) || /aria-hidden\s*=\s*["']true/i.test(attributes)
  );
}

/** The article's paragraphs, joined by a blank line. */
export function pageText(html: string): string {
  const paragraphs: string[] = [];
  let current = '';
  const endParagraph = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text !== '') paragraphs.push(text);
    current = '';
  };
  const skipStack: string[] = [];
  const tag = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let last = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (skipStack.length === 0) current += decodeEntities(html.slice(last, m.index));
    last = tag.lastIndex;
    const name = m[1]?.toLowerCase();
    if (name === undefined) continue;
    const closing = m[0][1] === '/';
    const selfClosing = VOID.has(name) || /\/\s*$/.test(m[2] ?? '');
    if (skipStack.length > 0) {
      if (closing && name === skipStack[skipStack.length - 1]) skipStack.pop();
      else if (!closing && !selfClosing && name === skipStack[skipStack.length - 1]) skipStack.push(name);
      continue;
    }
    if (!closing && !selfClosing && (SKIPPED.has(name) || isHidden(m[2] ?? ''))) {
      skipStack.push(name);
      continue;
    }
    if (BLOCKS.has(name)) endParagraph();
  }
  if (skipStack.length === 0) current += decodeEntities(html.slice(last));
  endParagraph();
  return paragraphs.join('\n\n');
}

/** The publication date in a saved page's metadata, `YYYY-MM-DD`, or null. */
export function pageDate(sourceHtml: string): string | null {
  const m =
    /(?:article:published_time|datePublished|pubdate|publish[-_]?date|date\.published|dc\.date|ptime)["']?\s*(?:content\s*=\s*|:\s*)["']?(\d{4}-\d{2}-\d{2})/i.exec(
      sourceHtml,
    ) ?? /<time[^>]*datetime=["'](\d{4}-\d{2}-\d{2})/i.exec(sourceHtml);
  return m?.[1] ?? null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (dir === undefined) throw new Error('usage: dev/page-text.ts PAGE_DIR [ID]');
  const source = path.join(dir, 'source.html');
  const skeleton = {
    id: process.argv[3] ?? path.basename(dir),
    url: null,
    outlet: path.basename(dir).replace(/-\d+$/, ''),
    date: existsSync(source) ? pageDate(readFileSync(source, 'utf8')) : null,
    title: null,
    text: pageText(readFileSync(path.join(dir, 'expected.html'), 'utf8')),
    mentions: [],
    optional: [],
  };
  console.log(JSON.stringify(skeleton, null, 2));
}
