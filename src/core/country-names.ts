/**
 * Country names and demonyms as news writes them before a body's name
 * ("Ukraine's Foreign Ministry", "the Russian Defence Ministry"), with their
 * ISO 3166-1 alpha-2 codes: they tell apart bodies that share a name.
 */
const COUNTRIES: [code: string, names: string[]][] = [
  ['US', ['United States', 'U.S.', 'US', 'America', 'American']],
  ['GB', ['United Kingdom', 'U.K.', 'UK', 'Britain', 'British']],
  ['CA', ['Canada', 'Canadian']],
  ['AU', ['Australia', 'Australian']],
  ['NZ', ['New Zealand']],
  ['IE', ['Ireland', 'Irish']],
  ['FR', ['France', 'French']],
  ['DE', ['Germany', 'German']],
  ['IT', ['Italy', 'Italian']],
  ['ES', ['Spain', 'Spanish']],
  ['PT', ['Portugal', 'Portuguese']],
  ['NL', ['Netherlands', 'Dutch']],
  ['BE', ['Belgium', 'Belgian']],
  ['CH', ['Switzerland', 'Swiss']],
  ['AT', ['Austria', 'Austrian']],
  ['SE', ['Sweden', 'Swedish']],
  ['NO', ['Norway', 'Norwegian']],
  ['DK', ['Denmark', 'Danish']],
  ['FI', ['Finland', 'Finnish']],
  ['PL', ['Poland', 'Polish']],
  ['CZ', ['Czech Republic', 'Czechia', 'Czech']],
  ['HU', ['Hungary', 'Hungarian']],
  ['RO', ['Romania', 'Romanian']],
  ['GR', ['Greece', 'Greek']],
  ['TR', ['Turkey', 'Türkiye', 'Turkish']],
  ['UA', ['Ukraine', 'Ukrainian']],
  ['RU', ['Russia', 'Russian']],
  ['BY', ['Belarus', 'Belarusian']],
  ['GE', ['Georgia', 'Georgian']],
  ['IL', ['Israel', 'Israeli']],
  ['PS', ['Palestine', 'Palestinian']],
  ['IR', ['Iran', 'Iranian']],
  ['IQ', ['Iraq', 'Iraqi']],
  ['SY', ['Syria', 'Syrian']],
  ['LB', ['Lebanon', 'Lebanese']],
  ['JO', ['Jordan', 'Jordanian']],
  ['SA', ['Saudi Arabia', 'Saudi']],
  ['AE', ['United Arab Emirates', 'UAE', 'Emirati']],
  ['QA', ['Qatar', 'Qatari']],
  ['EG', ['Egypt', 'Egyptian']],
  ['CN', ['China', 'Chinese']],
  ['TW', ['Taiwan', 'Taiwanese']],
  ['HK', ['Hong Kong']],
  ['JP', ['Japan', 'Japanese']],
  ['KR', ['South Korea', 'South Korean', 'Korea', 'Korean']],
  ['KP', ['North Korea', 'North Korean']],
  ['IN', ['India', 'Indian']],
  ['PK', ['Pakistan', 'Pakistani']],
  ['BD', ['Bangladesh', 'Bangladeshi']],
  ['AF', ['Afghanistan', 'Afghan']],
  ['ID', ['Indonesia', 'Indonesian']],
  ['MY', ['Malaysia', 'Malaysian']],
  ['SG', ['Singapore', 'Singaporean']],
  ['TH', ['Thailand', 'Thai']],
  ['VN', ['Vietnam', 'Vietnamese']],
  ['PH', ['Philippines', 'Philippine', 'Filipino']],
  ['MX', ['Mexico', 'Mexican']],
  ['BR', ['Brazil', 'Brazilian']],
  ['AR', ['Argentina', 'Argentine', 'Argentinian']],
  ['CL', ['Chile', 'Chilean']],
  ['CO', ['Colombia', 'Colombian']],
  ['PE', ['Peru', 'Peruvian']],
  ['VE', ['Venezuela', 'Venezuelan']],
  ['CU', ['Cuba', 'Cuban']],
  ['ZA', ['South Africa', 'South African']],
  ['NG', ['Nigeria', 'Nigerian']],
  ['KE', ['Kenya', 'Kenyan']],
  ['ET', ['Ethiopia', 'Ethiopian']],
  ['SD', ['Sudan', 'Sudanese']],
];

const BY_NAME = new Map<string, string>();
for (const [code, names] of COUNTRIES) for (const name of names) BY_NAME.set(name, code);
const LONGEST = Math.max(...[...BY_NAME.keys()].map((n) => n.length));

/**
 * The country named right before a position ("Ukraine's ", "the Russian ",
 * "U.S. "), or undefined. `text` is folded (straight apostrophes).
 */
export function countryNamedBefore(text: string, position: number): string | undefined {
  const before = text.slice(Math.max(0, position - LONGEST - 4), position);
  const m = /(?:^|[^\p{L}.])((?:\p{Lu}[\p{L}.]*)(?: \p{Lu}[\p{L}.]*){0,2})(?:'s)? $/u.exec(before);
  if (!m) return undefined;
  // "South Korean": try the longest tail of the words first.
  const words = m[1]!.split(' ');
  for (let i = 0; i < words.length; i++) {
    const code = BY_NAME.get(words.slice(i).join(' '));
    if (code !== undefined) return code;
  }
  return undefined;
}

const LOOK_BACK = 1500;

const ANY_COUNTRY = new RegExp(
  `(?<![\\p{L}.])(?:${[...BY_NAME.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/\./g, '\\.')).join('|')})(?![\\p{L}])`,
  'gu',
);

/**
 * Of the countries in `among`, the one named last before a position in the
 * same block of text ("Ukraine's Foreign Ministry … The Ministry of Defence said").
 */
export function countryNamedEarlier(text: string, position: number, among: ReadonlySet<string>): string | undefined {
  let last: string | undefined;
  // A paragraph's worth of text before the name: a block may be a whole page's text.
  for (const m of text.slice(Math.max(0, position - LOOK_BACK), position).matchAll(ANY_COUNTRY)) {
    const code = BY_NAME.get(m[0])!;
    if (among.has(code)) last = code;
  }
  return last;
}
