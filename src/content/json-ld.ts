/**
 * Values from the page's JSON-LD, the structured data news sites publish for
 * search engines: the publication date, the article's body.
 */

/** The first non-empty string under `key` in the page's JSON-LD: in an object, an array of them, or an `@graph`. */
export function jsonLdString(doc: Document, key: string): string | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (!text.includes(key)) continue;
    try {
      const found = find(JSON.parse(text), key, 0);
      if (found) return found;
    } catch {
      // A page's broken JSON-LD says nothing.
    }
  }
  return undefined;
}

function find(value: unknown, key: string, depth: number): string | undefined {
  if (depth > 4 || typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = find(item, key, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  const own = record[key];
  if (typeof own === 'string' && own !== '') return own;
  return find(record['@graph'], key, depth + 1);
}
