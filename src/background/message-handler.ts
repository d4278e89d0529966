/** Answers the content scripts' and the popup's requests, after checking who sent them and what. */
import browser, { type Runtime } from '../shared/browser-api.ts';
import { parseRequest, type AnyRequest, type ResponseOf } from '../shared/messages.ts';
import { packMentions } from '../shared/packed-mentions.ts';
import { addTexts, takeTexts } from './text-sessions.ts';
import { findMentions } from '../core/recognizer/find-mentions.ts';
import { buildBylineCard, buildEntityCard, buildUnlistedCard } from '../core/entity-card.ts';
import { parseBylineId } from '../core/entity-ids.ts';
import { todayIso } from '../core/partial-date.ts';
import { entityDetails, entityLookup } from './entity-index.ts';
import { ANNOTATOR_FILE, CARD_UI_FILE, injectIntoSender } from './script-injection.ts';

/** Lets tests tell a restarted worker from one that kept running. */
const WORKER_STARTED_AT = Date.now();

export function listenForMessages(): void {
  // Registered synchronously at start-up, so a message that wakes the worker is not missed.
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseRequest(message);
    if (!request) return undefined;
    return answer(request, sender);
  });
}

async function answer(request: AnyRequest, sender: Runtime.MessageSender): Promise<ResponseOf<AnyRequest['type']>> {
  switch (request.type) {
    case 'addTexts':
      return { stored: addTexts(request.session, request.texts) };
    case 'findMentions': {
      const earlier = request.session === undefined ? [] : takeTexts(request.session);
      // The worker was restarted in the middle of a session: the sender starts again.
      if (!earlier) throw new Error('Dramatis: unknown text session');
      const options = request.lang === undefined ? {} : { lang: request.lang };
      return { mentions: packMentions(findMentions(await entityLookup(), [...earlier, ...request.texts], options)), workerStartedAt: WORKER_STARTED_AT };
    }
    case 'getEntityCard': {
      // A reporter from a byline is described with their news organization's record.
      const lookup = await entityDetails(parseBylineId(request.id)?.organizationId ?? request.id);
      const record = lookup.entityById(request.id);
      const card = record
        ? buildEntityCard(lookup, record, request.asOf, todayIso())
        : (buildBylineCard(lookup, request.id, request.asOf) ?? buildUnlistedCard(lookup.datasetDate, request.id, request.asOf) ?? null);
      return { card, workerStartedAt: WORKER_STARTED_AT };
    }
    case 'loadCardUi':
      return injectIntoSender(sender, CARD_UI_FILE);
    case 'loadAnnotator': {
      const injected = await injectIntoSender(sender, ANNOTATOR_FILE);
      // The annotator asks for the article's mentions next: the index loads while it reads the article.
      if (injected.loaded) void entityLookup().catch(() => undefined);
      return injected;
    }
  }
}
