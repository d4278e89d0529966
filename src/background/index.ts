import { entityLookup } from './entity-index.ts';
import { listenForMessages } from './message-handler.ts';

listenForMessages();
// Start loading the index at once: the message that woke the worker is waiting for it.
void entityLookup().catch((error: unknown) => console.error(error));
