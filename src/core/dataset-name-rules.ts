/**
 * What the validator asks of a record's names beyond their shape: a name
 * that would fool the matcher ("Prince", a bare "Supreme Court") must be a
 * short name, and a name with a qualifier ("Drake (musician)") needs the
 * name cards show instead.
 */
import { englishLexicon } from './lexicon/lexicon-for.ts';

/** A qualifier in parentheses that ends a name: "Drake (musician)", "Labour Party (UK)". */
const QUALIFIER = / \([^()]+\)$/;

/**
 * A name that is also a title or a rank ("Prince", "Major") is matched
 * anywhere as a full name or alias, though text mostly uses it before other
 * people's names ("Prince George"); a body's name that many countries use
 * ("Supreme Court", "Bundesrat", the lexicon's shared-body names) would be
 * marked as one country's wherever another's is meant. Both must be short
 * names, which need evidence from the article.
 */
export function checkMisleadingNames(r: Record<string, unknown>, where: string, errors: string[]): void {
  const lexicon = englishLexicon();
  const titles = lexicon.words('title', 'rank', 'title-part');
  const aliases = Array.isArray(r.aliases) ? r.aliases : [];
  for (const [field, name] of [['name', r.name], ...aliases.map((a) => ['aliases', a] as const)] as const) {
    if (typeof name !== 'string') continue;
    if (titles.has(name))
      errors.push(
        `${where}: ${field}: "${name}" is also a title, used before other people's names: make it a shortName, which needs evidence (a name such as "Prince (musician)" then takes a displayName)`,
      );
    // Many countries have a "Supreme Court": the bare name is a short name, and the article's country decides.
    if (r.type === 'organization' && lexicon.isSharedBody(name))
      errors.push(
        `${where}: ${field}: "${name}" is a body that many countries have: name it with its country (as "Supreme Court of Canada", "UK Cabinet Office") and make "${name}" a shortName`,
      );
  }
}

/**
 * Cards show `displayName` instead of `name`: a name that ends with a qualifier
 * in parentheses needs one, so that no card shows the qualifier. Where the
 * parentheses belong to the name as written ("Janata Dal (United)"), the
 * display name repeats it; elsewhere a display name equal to the name is noise.
 */
export function checkDisplayName(r: Record<string, unknown>, where: string, errors: string[]): void {
  if (typeof r.name !== 'string') return;
  const qualified = QUALIFIER.test(r.name);
  if (qualified && r.displayName === undefined) {
    errors.push(
      `${where}: displayName: "${r.name}" ends with a qualifier in parentheses, which cards must not show: give the name to show ("${r.name.replace(QUALIFIER, '')}"), or the name itself where the parentheses belong to it`,
    );
  } else if (!qualified && r.displayName === r.name) {
    errors.push(`${where}: displayName: the same as name; leave it out`);
  }
}
