/**
 * The article's publication date, so that a card can say what someone was
 * when it was written. Read from the metadata news sites publish for search
 * engines and social previews, in order of reliability.
 */
import { isoDateOf } from '../core/partial-date.ts';
import { jsonLdString } from './json-ld.ts';

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="article:published_time"]',
  'meta[name="publish-date"]',
  'meta[name="pubdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

export function publicationDate(doc: Document, article: Element): string | undefined {
  for (const selector of META_SELECTORS) {
    const date = isoDateOf(doc.querySelector(selector)?.getAttribute('content') ?? '');
    if (date) return date;
  }
  const fromJsonLd = isoDateOf(jsonLdString(doc, 'datePublished') ?? '');
  if (fromJsonLd) return fromJsonLd;
  const time = article.querySelector('time[datetime]') ?? doc.querySelector('time[datetime]');
  return isoDateOf(time?.getAttribute('datetime') ?? '');
}
