/**
 * Our `_locales/<lang>/messages.json` read as data, and a message filled in
 * the way `i18n.getMessage` fills it: named `$PLACEHOLDER$`s (any case) take
 * their content, `$1`…`$9` the substitutions, `$$` is a dollar sign.
 */

import { isObject } from './message-guards.ts';

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type MessageTable = Map<string, MessageEntry>;

/** Reads a parsed messages.json, keeping only well-formed entries. */
export function readMessageTable(json: unknown): MessageTable {
  const table: MessageTable = new Map();
  if (!isObject(json)) return table;
  for (const [key, entry] of Object.entries(json)) {
    if (!isObject(entry) || typeof entry.message !== 'string') continue;
    const placeholders: Record<string, { content: string }> = {};
    if (isObject(entry.placeholders)) {
      for (const [name, placeholder] of Object.entries(entry.placeholders)) {
        if (isObject(placeholder) && typeof placeholder.content === 'string') placeholders[name.toLowerCase()] = { content: placeholder.content };
      }
    }
    table.set(key, { message: entry.message, placeholders });
  }
  return table;
}

function substitute(text: string, substitutions: readonly string[]): string {
  return text.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));
}

/** The message as the browser would give it, or "" when the table has no such key. */
export function fillMessage(table: MessageTable, key: string, substitutions: readonly string[]): string {
  const entry = table.get(key);
  if (!entry) return '';
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? substitute(placeholder.content, substitutions) : whole;
  });
  return substitute(named, substitutions);
}
