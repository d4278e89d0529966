/**
 * A credit line that is nothing but names between slashes: "(Mike Watson
 * Images/Moodboard/Getty)", "evgenyb/iStock/Getty Images", "Spencer
 * Platt/Getty Images News/Getty Images". Stock pictures credit a
 * photographer (a name, a studio or a user's handle) and one or more
 * collections and agencies; each part between slashes is one name, whole.
 */

/** A part of a chain: where it starts and ends in the block, and whether it is a user's handle ("evgenyb"). */
export interface ChainPart {
  start: number;
  end: number;
  handle: boolean;
}

/** Credit lines are short; longer blocks are prose, whatever slashes they hold. */
const MAX_CHAIN_LENGTH = 120;
const MIN_PARTS = 3;
/** Capitalized words (or "iStock"), one space apart, with "&", hyphens, periods and apostrophes inside. */
const NAME_PART = /^(?:[\p{Lu}\d][\p{L}\d&.'’-]*|\p{Ll}+\p{Lu}[\p{L}\d-]*)(?: (?:[\p{Lu}\d&][\p{L}\d&.'’-]*))*$/u;
const HANDLE_PART = /^[\p{Ll}\d_.]+$/u;

/** The parts of the block when the whole block is a chain of three names or more between slashes, or undefined. */
export function creditChain(text: string): ChainPart[] | undefined {
  if (text.length > MAX_CHAIN_LENGTH) return undefined;
  let from = 0;
  let to = text.length;
  while (to > from && /[\s.)]/.test(text[to - 1]!)) to--;
  while (from < to && /[\s(]/.test(text[from]!)) from++;
  const parts: ChainPart[] = [];
  for (let at = from; at <= to;) {
    let slash = text.indexOf('/', at);
    if (slash < 0 || slash > to) slash = to;
    let start = at;
    let end = slash;
    while (start < end && text.charCodeAt(start) === 0x20) start++;
    while (end > start && text.charCodeAt(end - 1) === 0x20) end--;
    const part = text.slice(start, end);
    const handle = parts.length === 0 && HANDLE_PART.test(part);
    if (!handle && !NAME_PART.test(part)) return undefined;
    parts.push({ start, end, handle });
    at = slash + 1;
  }
  return parts.length >= MIN_PARTS ? parts : undefined;
}

/** Whether [start, end) begins a longer part of a credit chain ("Getty Images" in "…/Getty Images News/…"): the part is the name. */
export function beginsLongerChainPart(text: string, start: number, end: number): boolean {
  // Most names are not followed by a space inside a short block holding slashes.
  if (text.charCodeAt(end) !== 0x20 || text.length > MAX_CHAIN_LENGTH || text.indexOf('/') < 0) return false;
  const part = creditChain(text)?.find((p) => p.start <= start && start < p.end);
  return part !== undefined && part.start === start && part.end > end;
}
