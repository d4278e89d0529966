/** What a role's title says about the office. */

/**
 * Offices one person holds at a time, which also lead their organization:
 * "President of …", "Secretary General of …", "Chief Executive Officer of …".
 */
const SINGLE_HOLDER_OFFICE =
  /^(?:President|Prime Minister|Chancellor|King|Queen|Emperor|Pope|Supreme Leader|Emir|Sultan|Secretary[- ]General|Managing Director|Director[- ]General|Chief Executive Officer|Governor|Mayor|Speaker|Chair|Chairman|Chairwoman|Chief Justice|Vice President|Leader|Director|Head|Commander) (?:of|of the) /;
const NOT_THE_HOLDER = /\b(?:Acting|Interim|Deputy|Vice(?!-? President of)|Senior|Associate|Assistant|Executive Vice)\b/;

export function isSingleHolderOffice(title: string): boolean {
  return SINGLE_HOLDER_OFFICE.test(title) && !NOT_THE_HOLDER.test(title);
}
