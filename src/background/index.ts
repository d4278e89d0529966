import { listenForMessages } from './message-handler.ts';
import { listenForShortcuts } from './shortcuts.ts';
import { injectIntoOpenTabsOnInstall } from './open-tabs.ts';
import { openFirstRunPageOnInstall } from './first-run.ts';
import { markWorkerReady } from './timeline.ts';

// Listeners are registered synchronously at start-up, so the event that woke the worker is not missed.
// Nothing is loaded ahead: the message that woke the worker decides which file it needs.
listenForMessages();
listenForShortcuts();
injectIntoOpenTabsOnInstall();
openFirstRunPageOnInstall();
markWorkerReady();
