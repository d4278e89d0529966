/**
 * The blocks of long articles that arrive in several messages, kept until the
 * `findMentions` request that ends their session. Bounded like one request,
 * and forgotten after a minute or when too many sessions are open: a session
 * whose end never comes (its tab closed) costs nothing for long.
 */
import { MAX_BLOCKS, MAX_TEXT_CHARS } from '../shared/messages.ts';

const SESSION_MS = 60_000;
const MAX_SESSIONS = 8;

interface Session {
  texts: string[];
  chars: number;
  started: number;
}

const sessions = new Map<string, Session>();

/** Adds blocks to a session; false when the session would grow past one request's bounds (it is then dropped). */
export function addTexts(id: string, texts: readonly string[]): boolean {
  const now = Date.now();
  for (const [key, s] of sessions) if (now - s.started > SESSION_MS) sessions.delete(key);
  let session = sessions.get(id);
  if (!session) {
    if (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value!);
    session = { texts: [], chars: 0, started: now };
    sessions.set(id, session);
  }
  for (const text of texts) {
    session.texts.push(text);
    session.chars += text.length;
  }
  if (session.chars > MAX_TEXT_CHARS || session.texts.length > MAX_BLOCKS) {
    sessions.delete(id);
    return false;
  }
  return true;
}

/** The session's blocks, once: the session ends here. Undefined when it is unknown or expired. */
export function takeTexts(id: string): string[] | undefined {
  const session = sessions.get(id);
  sessions.delete(id);
  return session && Date.now() - session.started <= SESSION_MS ? session.texts : undefined;
}
