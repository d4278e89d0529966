/**
 * Our `_locales/<lang>/messages.json` read as data, and a message filled in
 * the way `i18n.getMessage` fills it: named `$PLACEHOLDER$`s (any case) take
 * their content, `$1`…`$9` the substitutions, `$$` is a dollar sign.
 */

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type MessageTable = Map<string, MessageEntry>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a parsed messages.json, keeping only well-formed entries. */
export function readMessageTable(json: unknown): MessageTable {
  const table: MessageTable = new Map();
  if (!isRecord(json)) return table;
  for (const [key, entry] of Object.entries(json)) {
    if (!isRecord(entry) || typeof entry.message !== 'string') continue;
    const placeholders: Record<string, { content: string }> = {};
    if (isRecord(entry.placeholders)) {
      for (const [name, placeholder] of Object.entries(entry.placeholders)) {
        if (isRecord(placeholder) && typeof placeholder.content === 'string') placeholders[name.toLowerCase()] = { content: placeholder.content };
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
