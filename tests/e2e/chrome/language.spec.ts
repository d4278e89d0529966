/**
 * The article's language travels with its text: the worker receives the
 * `lang` of the article element or of its nearest ancestor that has one,
 * else none. What the recognizer does with it is the core's to test.
 */
import type { Page, Worker } from '@playwright/test';
import { test, expect, marksOn } from './fixtures.ts';

/** Records the `lang` of every findMentions request the worker receives (null for none), beside its own listener. */
async function recordLanguages(serviceWorker: Worker): Promise<() => Promise<(string | null)[]>> {
  await serviceWorker.evaluate(() => {
    type Listener = (message: { type?: string; lang?: string }) => undefined;
    const g = globalThis as unknown as { __languages: (string | null)[]; chrome: { runtime: { onMessage: { addListener(l: Listener): void } } } };
    g.__languages = [];
    g.chrome.runtime.onMessage.addListener((message) => {
      if (message?.type === 'findMentions') g.__languages.push(message.lang ?? null);
      return undefined;
    });
  });
  return () => serviceWorker.evaluate(() => (globalThis as unknown as { __languages: (string | null)[] }).__languages);
}

async function languageSent(page: Page, languages: () => Promise<(string | null)[]>, url: string): Promise<string | null> {
  const before = (await languages()).length;
  await page.goto(url);
  await expect.poll(async () => (await languages()).length).toBeGreaterThan(before);
  return (await languages())[before]!;
}

/** With a headline and three of these paragraphs the article element is taken for the article. */
const HEADLINE = "Paris et l'Alliance accordent leurs priorités";
const PARAGRAPH =
  "Le président Emmanuel Macron a reçu mardi à Paris le secrétaire général de l'Alliance, Mark Rutte. Les deux hommes ont parlé de la défense aérienne, des stocks de munitions et du soutien à l'Ukraine, à la veille du sommet.";

test("the article's language goes to the worker with its text", async ({ page, server, serviceWorker }) => {
  const languages = await recordLanguages(serviceWorker);
  expect(await languageSent(page, languages, `${server.url}pages/french-article.html`)).toBe('fr');
  // Names of the dataset are marked in any language.
  expect((await marksOn(page)).map((m) => m.text)).toContain('Emmanuel Macron');
  expect(await languageSent(page, languages, server.url)).toBe('en');

  // The article's own lang wins over the document's; an empty or malformed one declares none.
  const variants: Record<string, [string, string]> = {
    'quoted.html': ['en', 'fr-CA'],
    'unknown.html': ['fr', ''],
    'malformed.html': ['en', 'français'],
  };
  for (const [name, [html, article]] of Object.entries(variants)) {
    await page.route(`${server.url}variants/${name}`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="${html}"><body><main><article lang="${article}"><h1>${HEADLINE}</h1><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article></main></body></html>`,
      }),
    );
  }
  expect(await languageSent(page, languages, `${server.url}variants/quoted.html`)).toBe('fr-CA');
  expect(await languageSent(page, languages, `${server.url}variants/unknown.html`)).toBeNull();
  expect(await languageSent(page, languages, `${server.url}variants/malformed.html`)).toBeNull();
});
