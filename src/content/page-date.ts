/**
 * The article's publication date, so that a card can say what someone was
 * when it was written. Read from the metadata news sites publish for search
 * engines and social previews, in order of reliability.
 */
import { isoDateOf } from '../core/partial-date.ts';

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
  const fromJsonLd = jsonLdDate(doc);
  if (fromJsonLd) return fromJsonLd;
  const time = article.querySelector('time[datetime]') ?? doc.querySelector('time[datetime]');
  return isoDateOf(time?.getAttribute('datetime') ?? '');
}

function jsonLdDate(doc: Document): string | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const date = findDatePublished(data, 0);
    if (date) return date;
  }
  return undefined;
}

function findDatePublished(value: unknown, depth: number): string | undefined {
  if (depth > 4 || typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const date = findDatePublished(item, depth + 1);
      if (date) return date;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return isoDateOf(record.datePublished);
  return findDatePublished(record['@graph'], depth + 1);
}
