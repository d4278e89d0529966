import { listenForMessages } from './message-handler.ts';

// Nothing is loaded ahead: the message that woke the worker decides which file it needs.
listenForMessages();
