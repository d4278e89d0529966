/**
 * The first-run page, opened once when Dramatis is installed (see
 * background/first-run.ts). Content scripts do not run on extension pages, so
 * the page marks its sample itself: the worker finds the mentions as it would
 * on a news page, and they become the same highlights, styled by marks.css.
 */
import { render } from 'preact';
import { messagesReady } from '../shared/i18n.ts';
import browser from '../shared/browser-api.ts';
import { sendToBackground } from '../shared/messaging.ts';
import { unpackMentions } from '../shared/packed-mentions.ts';
import type { MarkLook } from '../shared/settings.ts';
import { loadSettings, watchSettings } from '../shared/settings-store.ts';
import { LOOK_HIGHLIGHT_NAMES } from '../content/highlights.ts';
import { readShortcuts } from '../options/shortcuts.ts';
import { Welcome } from './Welcome.tsx';

const app = document.getElementById('app')!;
const lifetime = new AbortController();

async function markSample(look: MarkLook): Promise<number> {
  const text = document.getElementById('sample-text')?.firstChild;
  if (!(text instanceof Text)) return 0;
  const { mentions } = await sendToBackground('findMentions', { texts: [text.data] });
  const names = LOOK_HIGHLIGHT_NAMES[look];
  const byType = { person: new Highlight(), organization: new Highlight() };
  for (const mention of await unpackMentions(mentions)) {
    const range = document.createRange();
    range.setStart(text, mention.start);
    range.setEnd(text, mention.end);
    byType[mention.type].add(range);
  }
  for (const pair of Object.values(LOOK_HIGHLIGHT_NAMES)) for (const name of Object.values(pair)) CSS.highlights.delete(name);
  CSS.highlights.set(names.person, byType.person);
  CSS.highlights.set(names.organization, byType.organization);
  return byType.person.size + byType.organization.size;
}

async function show(look: MarkLook): Promise<void> {
  const shortcuts = await readShortcuts();
  render(<Welcome look={look} shortcuts={shortcuts} onOpenOptions={() => void browser.runtime.openOptionsPage()} />, app);
  document.body.dataset.marks = String(await markSample(look).catch(() => 0));
}

void (async () => {
  await messagesReady();
  await show((await loadSettings()).markLook);
  watchSettings((next) => void show(next.markLook), lifetime.signal);
  // Tests wait for this before they look.
  document.body.dataset.ready = 'true';
})();
