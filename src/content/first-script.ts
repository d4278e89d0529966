/**
 * The first content script (`content.js`), on every http(s) page, does almost
 * nothing on arrival: it reads the settings and, when Dramatis is on here and
 * the page can hold an article (article/may-hold-article.ts) or the reader asked for
 * whole pages, it loads the annotator once the page is idle (page-idle.ts,
 * annotator-loader.ts). It answers the popup itself until then. A page that
 * does not look like an article yet is looked at again after its load event
 * and a few seconds later (some pages render their article late), and after
 * a single-page app moves to another address.
 */
import { parsePageRequest, type AnyPageRequest, type PageResponse } from '../shared/page-messages.ts';
import { activeOn, repairSettings, SETTINGS_KEY, type Settings } from '../shared/settings.ts';
import type { Annotator } from './annotator-contract.ts';
import { loadAnnotator } from './annotator-loader.ts';
import { mayHoldArticle } from './article/may-hold-article.ts';
import { contextGone, extensionApi, type ExtensionApi, type MessageListener } from './extension-door.ts';
import { LOAD_WAIT_MS, whenPageIdle } from './page-idle.ts';
import { claimWorld } from './world-claim.ts';

/** When a page that did not look like an article is looked at again, in ms after its load event (or a move of a single-page app). */
const LOOK_AGAIN_MS = [0, 2_000, 5_000];

let settings: Settings | undefined;
let annotator: Annotator | undefined;
let loading = false;
let stopped = false;
/** The last look found nothing that can be an article: the popup then offers to mark the whole page. */
let noArticle = false;

function answer(request: AnyPageRequest): PageResponse {
  if (annotator) return annotator.answer(request);
  switch (request.type) {
    case 'getPageInfo':
      return { host: location.hostname, cast: [], article: !noArticle };
    case 'showEntity':
      return { shown: false };
    case 'stepMentions':
      return { stepped: false };
  }
}

/** Loads the annotator when Dramatis is on here and the page can hold an article (or the reader wants whole pages marked). */
function consider(): void {
  if (stopped || !settings || annotator || loading || !activeOn(settings, location.hostname)) return;
  noArticle = settings.scope === 'article' && !mayHoldArticle(document);
  // Microseconds, for tests and the bench: the page was looked at and holds no article (yet).
  if (noArticle) performance.mark('dramatis:no-article');
  else void load();
}

async function load(): Promise<void> {
  loading = true;
  try {
    await whenPageIdle(window);
    if (stopped || contextGone()) return;
    const start = await loadAnnotator();
    if (!stopped) annotator = start(settings!, stop);
  } catch (error) {
    if (!contextGone()) console.warn('Dramatis could not start on this page:', error);
  } finally {
    loading = false;
  }
}

function lookAgainLater(): void {
  for (const ms of LOOK_AGAIN_MS) setTimeout(consider, ms);
}

const onMessage: MessageListener = (message, sender, sendResponse) => {
  // Only our own popup and worker talk to this script: a page cannot send runtime messages.
  if (sender.id !== extensionApi?.runtime.id) return undefined;
  const request = parsePageRequest(message);
  if (request) sendResponse(answer(request));
  return undefined;
};

const onStorageChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
  const change = changes[SETTINGS_KEY];
  if (area !== 'local' || !change) return;
  settings = repairSettings(change.newValue);
  if (annotator) annotator.apply(settings);
  else consider();
};

/** The extension went away under the page: its listeners go too (they may throw once the context is gone). */
function stop(): void {
  stopped = true;
  try {
    extensionApi?.runtime.onMessage.removeListener(onMessage);
    extensionApi?.storage.onChanged.removeListener(onStorageChange);
  } catch {
    // They went with the context.
  }
}

function start(api: ExtensionApi): void {
  api.runtime.onMessage.addListener(onMessage);
  api.storage.onChanged.addListener(onStorageChange);
  api.storage.local.get(SETTINGS_KEY).then((stored) => {
    settings ??= repairSettings(stored[SETTINGS_KEY]);
    // Before the load event the page is only looked at by lookAgainLater, after it: nothing of ours on the load's path.
    if (document.readyState === 'complete') consider();
  }, stop);
  if (document.readyState === 'complete') lookAgainLater();
  else {
    addEventListener('load', lookAgainLater, { once: true });
    // A load that never ends (a request that hangs) is not waited for, no longer than page-idle.ts waits for it.
    setTimeout(consider, LOAD_WAIT_MS);
  }
  addEventListener('popstate', lookAgainLater);
  (window as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', lookAgainLater);
}

const isDocument = document.contentType === 'text/html' || document.contentType === 'application/xhtml+xml';
if (isDocument && extensionApi && claimWorld()) start(extensionApi);
