/**
 * What an element's class and id say about it: page furniture (comments,
 * share bars, "related" lists, sidebars, footers), the article's own parts
 * (its body, its byline), or nothing. DOM-free: it reads the name string
 * (`className + ' ' + id`), so the rules are tested in Node.
 *
 * Words are matched at the start of a name segment ("related", "c-related",
 * "relatedLinks", "related_box"), never inside a word ("unrelated").
 */

const words = (list: string, open: boolean) => new RegExp(String.raw`(?:^|[\s_-])(?:${list})${open ? '' : String.raw`(?=$|[\s_-]|[A-Z0-9])`}`);

/** Furniture: never the article, and skipped inside it. These words may run on ("relatedposts", "sharedaddy"). */
const FURNITURE_START = words(
  'advert|sponsor|promo|outbrain|taboola|related|recommend|recirc|read-?more|more-?(?:stories|from)|trending|popular|' +
    'share|sharing|social|disqus|newsletter|subscri|signup|paywall|cookie|consent|gdpr|breadcrumb|tag-?list|keyword|' +
    'catlinks|hatnote|printfooter|sidebar|widget|footer|masthead|navbar|toolbar|paginat|slideshow|carousel|playlist',
  true,
);
/** ...and these only as whole words ("ad" but not "address", "comment" but not "commentary"). */
const FURNITURE_WORD = words(
  'ads?|also|tags|topics|rail|menu|pager|bio|author-?bio|gallery|legends|comments?|replies|see-?more|most-?(?:read|popular)|' +
    'next-?up|up-?next|is-hidden|invisible|element-invisible|sr-only|visually-?hidden|screen-?reader(?:-text)?|' +
    'hidden(?!-(?:xs|sm|md|lg|xl|print))',
  false,
);

/** Words that keep an element in play even when it also has a furniture word ("article-body share-enabled"). */
const CONTENT =
  /(?:^|\s)article(?=$|\s)|(?:^|[\s_-])(?:article-?(?:body|content|text)|story-?body|post-?(?:body|content)|entry-?content|body-?text|main-?content|content-?body|mw-parser-output)(?=$|[\s_-]|[A-Z0-9])/i;

/** Words of a container that holds the article, or of one that rarely does. */
const POSITIVE = /article|body|content|entry|hentry|main|page|post|text|blog|story/i;
const NEGATIVE =
  /comment|contact|footer|footnote|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|sponsor|shopping|tags|widget|teaser|card|rail|aside|banner/i;

/** Bylines and credits: read even when their text is mostly a link ("By <a>Jane Doe</a>"). */
const BYLINE = /byline|author|writtenby|dateline|credit|contributor/i;

/** Furniture words in any case; as written, a capital also ends a word ("relatedLinks", "adSlot"). */
function furnitureWord(name: string): boolean {
  const lower = name.toLowerCase();
  return FURNITURE_START.test(lower) || FURNITURE_WORD.test(name) || FURNITURE_WORD.test(lower);
}

/** Comment threads: furniture however much of the page they fill. */
const DISCUSSION = /(?:^|[\s_-])(?:comments?|disqus|replies)(?=$|[\s_-]|[A-Z0-9])/i;

/**
 * Whether an element with this class and id is page furniture around (or
 * inside) an article: 'hard' for a comment thread, 'soft' for other furniture
 * words, which some sites also put on the wrapper of the whole page
 * ("two-col-sidebar-right", "ad-portal"), so the caller checks its size.
 */
export function furnitureName(name: string): 'hard' | 'soft' | undefined {
  if (name.length < 2 || !furnitureWord(name) || CONTENT.test(name)) return undefined;
  return DISCUSSION.test(name) ? 'hard' : 'soft';
}

export function isBylineName(name: string): boolean {
  return BYLINE.test(name);
}

/** -25, 0 or +25 for each of class and id, as their words lean towards furniture or content. */
export function nameWeight(className: string, id: string): number {
  let weight = 0;
  for (const name of [className, id]) {
    if (name === '') continue;
    if (NEGATIVE.test(name)) weight -= 25;
    if (POSITIVE.test(name)) weight += 25;
  }
  return weight;
}
