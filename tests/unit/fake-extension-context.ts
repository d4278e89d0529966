/**
 * webextension-polyfill refuses to load outside an extension. Unit tests of
 * shared modules that only need their pure parts import this first: a bare
 * `chrome.runtime.id` is enough for the polyfill to load; any real API call
 * in a test would still fail loudly.
 */
const g = globalThis as { chrome?: unknown };
g.chrome ??= { runtime: { id: 'dramatis-unit-tests' } };
