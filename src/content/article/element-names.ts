/**
 * What an element's class and id say about it: page furniture (comments,
 * share bars, "related" lists, sidebars, footers), the article's own parts
 * (its body, its byline), or nothing. DOM-free: it reads the name string
 * (`className + ' ' + id`), so the rules are tested in Node.
 *
 * A name is cut into words at spaces, dashes, underscores and a capital after
 * a small letter ("c-related__list", "relatedLinks" → c, related, list,
 * links); words are looked up in sets, alone and joined to the next word
 * ("read-more" → readmore), never found inside another word ("unrelated").
 * Sets rather than regular expressions: the page pays for compiling a
 * RegExp the first time it runs, and this runs once per page.
 */

/** Furniture: never the article, and skipped inside it (with the words that start like those below). */
const FURNITURE = new Set(
  (
    'ad ads adslot also mostread mostpopular nextup upnext readmore morestories morefrom seemore sharing comment comments ' +
    'disqus replies gdpr tags taglist topics catlinks hatnote printfooter menu pager ishidden invisible elementinvisible ' +
    'sronly visuallyhidden screenreader screenreadertext gallery legends'
  ).split(' '),
);
/** Furniture words that run on ("relatedposts", "sharedaddy", "sidebarleft"). */
const FURNITURE_STARTS = [
  'advert',
  'sponsor',
  'promo',
  'outbrain',
  'taboola',
  'related',
  'recommend',
  'recirc',
  'trending',
  'popular',
  'share',
  'social',
  'newsletter',
  'subscri',
  'signup',
  'paywall',
  'cookie',
  'consent',
  'breadcrumb',
  'keyword',
  'sidebar',
  'widget',
  'footer',
  'masthead',
  'navbar',
  'toolbar',
  'paginat',
  'slideshow',
  'carousel',
  'playlist',
];
/** The same, by first letter: a word is compared with a few of them, not thirty. */
const STARTS_BY_LETTER = new Map<string, string[]>();
for (const start of FURNITURE_STARTS) {
  const same = STARTS_BY_LETTER.get(start.charAt(0));
  if (same) same.push(start);
  else STARTS_BY_LETTER.set(start.charAt(0), [start]);
}
/** Bootstrap's "hidden-xs" hides on small screens only. */
const SCREEN_SIZES = new Set(['xs', 'sm', 'md', 'lg', 'xl', 'print']);

/** Words that keep an element in play even when it also has a furniture word ("article-body share-enabled"). */
const CONTENT = new Set([
  'articlebody',
  'articlecontent',
  'articletext',
  'storybody',
  'postbody',
  'postcontent',
  'entrycontent',
  'bodytext',
  'maincontent',
  'contentbody',
  'mwparser',
]);
/** Comment threads: furniture however much of the page they fill. */
const DISCUSSION = new Set(['comment', 'comments', 'disqus', 'replies']);

/** Bylines and credits: read even when their text is mostly a link ("By <a>Jane Doe</a>"). */
const BYLINE = ['byline', 'author', 'writtenby', 'dateline', 'credit', 'contributor'];

/**
 * The words of a name, lowercased, in order; a space between class names is
 * kept as an empty word. Each word is cut out of the name whole, not built a
 * character at a time: this runs on every named element of the page, mostly
 * as code the page has not run before.
 */
export function nameWords(name: string): string[] {
  const words: string[] = [];
  let start = 0;
  // Whether the running word has a capital to lower, and whether it has characters beyond ASCII.
  let capital = false;
  let ascii = true;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 32 || c === 45 || c === 95 || c === 9 || c === 10) {
      if (i > start) words.push(wordOf(name, start, i, capital, ascii));
      if (c !== 45 && c !== 95 && words.at(-1) !== '') words.push('');
      start = i + 1;
      capital = false;
      ascii = true;
    } else if (c >= 65 && c <= 90) {
      // A capital after a small letter starts a word ("relatedLinks"); a run of capitals stays one ("URLs").
      if (i > start && !(name.charCodeAt(i - 1) >= 65 && name.charCodeAt(i - 1) <= 90)) {
        words.push(wordOf(name, start, i, capital, ascii));
        start = i;
        ascii = true;
      }
      capital = true;
    } else if (c > 127) ascii = false;
  }
  if (name.length > start) words.push(wordOf(name, start, name.length, capital, ascii));
  return words;
}

/** `name` from `start` to `end` with its capitals A-Z lowered (and no other letter). */
function wordOf(name: string, start: number, end: number, capital: boolean, ascii: boolean): string {
  const word = name.slice(start, end);
  if (!capital) return word;
  if (ascii) return word.toLowerCase();
  let lowered = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    lowered += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : word[i]!;
  }
  return lowered;
}

/**
 * Whether an element with this class and id is page furniture around (or
 * inside) an article: 'hard' for a comment thread, 'soft' for other furniture
 * words, which some sites also put on the wrapper of the whole page
 * ("two-col-sidebar-right", "ad-portal"), so the caller checks its size.
 */
export function furnitureName(name: string): 'hard' | 'soft' | undefined {
  if (name.length < 2) return undefined;
  const words = nameWords(name);
  let kind: 'hard' | 'soft' | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1] ?? '';
    // "article" alone as a class name or id, or a compound of the article's body.
    if ((word === 'article' && next === '' && (i === 0 || words[i - 1] === '')) || CONTENT.has(word) || CONTENT.has(word + next)) return undefined;
    if (DISCUSSION.has(word)) kind = 'hard';
    else if (kind === undefined && isFurnitureWord(word, next)) kind = 'soft';
  }
  return kind;
}

function isFurnitureWord(word: string, next: string): boolean {
  if (word === 'hidden') return !SCREEN_SIZES.has(next);
  if (FURNITURE.has(word) || FURNITURE.has(word + next)) return true;
  const starts = STARTS_BY_LETTER.get(word.charAt(0));
  if (starts) for (const start of starts) if (word.startsWith(start)) return true;
  return false;
}

export function isBylineName(name: string): boolean {
  const lower = name.toLowerCase();
  return BYLINE.some((w) => lower.includes(w));
}
