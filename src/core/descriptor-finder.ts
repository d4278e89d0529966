/**
 * How an article describes the people and organizations it names: the title
 * or role written right before a name ("NATO chief Mark Rutte", "Fed Governor
 * Stephen Miran", "chipmaker Nvidia") and the apposition right after one
 * ("Renata Culpepper, a partner at Brightwater Equity Partners,"). Cards show
 * them as "in this article", which tells the reader who someone is in this
 * story even when the dataset knows nothing of them.
 */
import type { Mention } from './mention.ts';
import { SENTENCE_OPENERS } from './text-cues.ts';
import { isLetterOrDigitCode, isMarkCode, wordStartBefore } from './char-codes.ts';
import { TextKeyTable } from './text-key-table.ts';

/** Nouns that say what someone or something is. The descriptor before a name must end with one. */
const ROLE_NOUNS = new Set([
  'president', 'minister', 'premier', 'chancellor', 'secretary', 'secretary-general', 'senator', 'governor', 'mayor', 'speaker', 'leader',
  'chief', 'head', 'boss', 'chair', 'chairman', 'chairwoman', 'chairperson', 'director', 'executive', 'officer', 'ceo', 'cfo', 'founder',
  'co-founder', 'cofounder', 'owner', 'investor', 'billionaire', 'entrepreneur', 'spokesperson', 'spokesman', 'spokeswoman', 'analyst',
  'economist', 'strategist', 'adviser', 'advisor', 'aide', 'deputy', 'envoy', 'ambassador', 'diplomat', 'negotiator', 'official',
  'lawmaker', 'legislator', 'congressman', 'congresswoman', 'representative', 'judge', 'justice', 'prosecutor', 'lawyer', 'attorney',
  'commander', 'general', 'admiral', 'colonel', 'candidate', 'challenger', 'incumbent', 'rival', 'nominee', 'commissioner', 'regulator',
  'researcher', 'scientist', 'professor', 'historian', 'reporter', 'correspondent', 'columnist', 'editor', 'writer', 'author', 'critic',
  'host', 'anchor', 'presenter', 'producer', 'director', 'actor', 'actress', 'comedian', 'singer', 'rapper', 'musician', 'star',
  'player', 'captain', 'coach', 'manager', 'guard', 'forward', 'center', 'striker', 'midfielder', 'defender', 'goalkeeper', 'quarterback',
  'pitcher', 'driver', 'champion', 'partner', 'member', 'activist', 'campaigner', 'organizer', 'king', 'queen', 'prince', 'princess',
  'pope', 'cleric', 'pastor', 'rabbi', 'imam', 'monarch', 'dictator', 'strongman', 'opposition', 'whistleblower', 'spokesman',
  'chipmaker', 'automaker', 'carmaker', 'retailer', 'giant', 'startup', 'start-up', 'firm', 'company', 'group', 'bank', 'lender',
  'insurer', 'watchdog', 'broadcaster', 'network', 'newspaper', 'outlet', 'agency', 'carrier', 'airline', 'miner', 'manufacturer',
  'maker', 'developer', 'publisher', 'studio', 'party', 'union', 'club', 'team', 'alliance', 'bloc', 'militia', 'council', 'operator',
  'conglomerate', 'supplier', 'producer', 'exporter', 'fund', 'insurer', 'platform', 'rival', 'parent', 'owner', 'major', 'utility',
  'ruler', 'emir', 'sheikh', 'heir', 'founder', 'trustee', 'mediator', 'rapporteur', 'representative', 'delegate', 'premier',
]);

/** The same, to ask of a word in the text without making a string of it. */
const ROLE_NOUN_TABLE = new TextKeyTable([...ROLE_NOUNS], true);

/** Words that may stand in a descriptor before its role noun. */
const MODIFIERS = new Set([
  'former', 'then', 'acting', 'interim', 'deputy', 'senior', 'chief', 'top', 'veteran', 'longtime', 'long-time', 'fellow', 'new',
  'incoming', 'outgoing', 'retired', 'ex', 'vice', 'assistant', 'associate', 'lead', 'managing', 'executive', 'general', 'prime', 'foreign',
  'defense', 'defence', 'finance', 'health', 'interior', 'justice', 'trade', 'economy', 'energy', 'state', 'federal', 'national',
  'opposition', 'party', 'team', 'club', 'company', 'central', 'regional', 'local', 'police', 'army', 'military', 'intelligence',
  'security', 'communications', 'press', 'legal', 'political', 'policy', 'campaign', 'independent', 'conservative', 'liberal',
  'progressive', 'populist', 'far-right', 'far-left', 'centrist', 'right-wing', 'left-wing', 'hard-line', 'hardline', 'moderate',
  'investment', 'technology', 'tech', 'oil', 'energy', 'mining', 'media', 'news', 'film', 'television', 'music', 'pop', 'rock',
  'country', 'hip-hop', 'basketball', 'football', 'soccer', 'baseball', 'hockey', 'tennis', 'golf', 'cricket', 'rugby', 'star',
  'all-star', 'point', 'shooting', 'small', 'power', 'head', 'assistant', 'chief', 'operating', 'financial', 'technology', 'investment',
  'billionaire', 'software', 'social', 'rival', 'ruling', 'governing', 'main', 'junior', 'coalition', 'budget', 'monetary', 'fiscal',
  'climate', 'environment', 'environmental', 'labor', 'labour', 'education', 'transport', 'transportation', 'agriculture', 'housing',
  'industry', 'commerce', 'treasury', 'homeland', 'human', 'rights', 'civil', 'public', 'private', 'equity', 'hedge', 'fund', 'pension',
  'asset', 'wealth', 'sovereign', 'development', 'research', 'data', 'ai', 'cyber', 'digital', 'retail', 'banking', 'insurance',
  'pharmaceutical', 'drug', 'vaccine', 'chip', 'car', 'electric', 'auto', 'steel', 'shipping', 'airline', 'aviation', 'space', 'defense',
  'arms', 'weapons', 'nuclear', 'trade', 'supreme', 'appeals', 'district', 'high', 'court', 'senate', 'house', 'majority', 'minority',
  'democratic', 'republican', 'state-owned', 'state-run', 'government', 'presidential', 'parliamentary', 'cabinet', 'union', 'strike',
]);

/** Words at which a descriptor after a name stops being one: it has become a clause. */
const CLAUSE_WORDS = /(?:^|\s)(?:said|says|told|tells|is|was|were|are|has|had|have|will|would|could|should|may|might|can|did|does|do|who|which|that|when|while|because|if|but)(?=\s|$)/;

const MAX_BEFORE_WORDS = 6;
const MAX_AFTER_WORDS = 9;

/**
 * Sets `descriptor` on the mentions the article describes. `texts` are the
 * blocks as on the page, `folded` the same folded for matching (same offsets).
 */
export function addDescriptors(texts: readonly string[], folded: readonly string[], mentions: Mention[]): void {
  // In reading order (a no-op on mentions already sorted), so that each mention's previous one in its block is the one before it.
  const ordered = [...mentions].sort((a, b) => a.block - b.block || a.start - b.start);
  ordered.forEach((m, i) => {
    const previous = i > 0 && ordered[i - 1]!.block === m.block ? ordered[i - 1] : undefined;
    const text = folded[m.block]!;
    const before = descriptorBefore(text, previous, m.start);
    const after = before === undefined ? descriptorAfter(text, m.end) : undefined;
    const span = before ?? after;
    if (span) m.descriptor = texts[m.block]!.slice(span.start, span.end);
  });
}

/**
 * "NATO chief" in "NATO chief Mark Rutte": words back from the name, ending
 * with a role noun. A name just before belongs to it whole ("Bank of Canada
 * Governor"); a sentence's end or an ordinary word stops it.
 */
function descriptorBefore(text: string, previous: { start: number; end: number } | undefined, start: number): { start: number; end: number } | undefined {
  const floor = previous?.start ?? 0;
  // Most names have no role noun right before them: look at that one word first, cheaply.
  if (text.charAt(start - 1) !== ' ') return undefined;
  const lastSpace = text.lastIndexOf(' ', start - 2);
  if (ROLE_NOUN_TABLE.indexOfRange(text, lastSpace + 1, start - 1) < 0) return undefined;
  const words: { start: number; end: number; word: string }[] = [];
  let at = start;
  let from: number | undefined;
  while (words.length < MAX_BEFORE_WORDS) {
    // One space, then a word (letters, digits, hyphens, periods of "U.S.", a possessive).
    const wordStart = wordBeforeSpace(text, Math.max(floor, at - 40), at);
    if (wordStart < 0) break;
    const word = text.slice(wordStart, at - 1);
    if (word.endsWith('.') && !/^(?:\p{Lu}\.)+$|^(?:Gen|Sen|Rep|Gov|Lt|Col|Dr|St)\.$/u.test(word)) break; // the end of a sentence
    if (previous && wordStart < previous.end) {
      if (words.length > 0 && isDescriptorWord(words[words.length - 1]!.word)) from = previous.start;
      break;
    }
    words.push({ start: wordStart, end: at - 1, word });
    at = wordStart;
  }
  if (words.length === 0 || !ROLE_NOUNS.has(words[0]!.word.toLowerCase())) return undefined;
  let kept = 1;
  while (kept < words.length && isDescriptorWord(words[kept]!.word)) kept++;
  if (kept < words.length) from = undefined; // the name before is not joined to the descriptor
  const first = from ?? words[kept - 1]!.start;
  // One word ("analyst", "host") is too often a verb or a bare title to say anything.
  if (kept < 2 && from === undefined) return undefined;
  return { start: first, end: words[0]!.end };
}

/**
 * Where the word that ends right before the space at `at - 1` starts, looking
 * no further back than `floor`, or -1: the longest run of letters, digits,
 * marks, periods, apostrophes and hyphens there, from its first letter or digit.
 */
function wordBeforeSpace(text: string, floor: number, at: number): number {
  return wordStartBefore(text, at, floor, isPlainSpace, isWordPart, isLetterOrDigitCode);
}

const isPlainSpace = (code: number) => code === 0x20;

/** A character a word before a name may hold: a letter, a digit, a mark, a period, an apostrophe or a hyphen. */
function isWordPart(code: number): boolean {
  return code === 0x2e || code === 0x27 || code === 0x2d || isLetterOrDigitCode(code) || isMarkCode(code);
}

function isDescriptorWord(word: string): boolean {
  if (/^\p{Lu}/u.test(word)) return !SENTENCE_OPENERS.has(word);
  const lower = word.toLowerCase();
  return MODIFIERS.has(lower) || ROLE_NOUNS.has(lower);
}

/** ", a partner at Brightwater Equity Partners," after a name: an apposition that starts with an article. */
function descriptorAfter(text: string, end: number): { start: number; end: number } | undefined {
  if (text.charCodeAt(end) !== 0x2c || text.charCodeAt(end + 1) !== 0x20) return undefined; // no ", " after the name
  const m = /^, (?:\d{1,3}, )?((?:a|an|the) [^,;:()"!?]+?)(?=, |; |\. |\.$|$)/u.exec(text.slice(end, end + 160));
  if (!m) return undefined;
  const phrase = m[1]!;
  const count = phrase.split(' ').length;
  if (count < 2 || count > MAX_AFTER_WORDS || CLAUSE_WORDS.test(phrase)) return undefined;
  const start = end + m[0].length - phrase.length;
  return { start, end: start + phrase.length };
}
