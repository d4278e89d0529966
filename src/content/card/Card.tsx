/** The card's view: what Dramatis knows of one entity, as of the article's date. Pure: no browser calls (its strings are lent, see card-strings.ts). */
import type { EntityCard, RoleSummary } from '../../core/entity-card.ts';
import type { CardState } from './card-state.ts';
import { formatDate, plural, regionName, t, textDirection, textLanguage } from './card-strings.ts';

export interface CardProps {
  state: CardState;
  theme: 'light' | 'dark';
  /** The page's direction: the card's layout follows it, its text runs in its own language's direction (card-styles.ts). */
  direction: 'ltr' | 'rtl';
  onClose: () => void;
  /** Go to the entity's previous (-1) or next (+1) mention in the article. */
  onStep: (step: number) => void;
  /** Show another entity's card in this one (an affiliation). */
  onOpenEntity: (id: string) => void;
}

export function Card({ state, theme, direction, onClose, onStep, onOpenEntity }: CardProps) {
  const name = state.status === 'ready' ? state.card.name : state.label;
  const type = state.status === 'ready' ? state.card.type : state.type;
  return (
    <div
      class="card"
      role="dialog"
      aria-label={t('cardLabel', name)}
      data-type={type}
      data-theme={theme}
      dir={direction}
      lang={textLanguage()}
      data-text-dir={textDirection()}
      data-entity-id={state.status === 'ready' ? state.card.id : undefined}
      data-worker-started-at={state.status === 'ready' ? String(state.workerStartedAt) : undefined}
      tabIndex={-1}
    >
      <div class="head">
        <div class="monogram" aria-hidden="true">
          {monogram(name)}
        </div>
        <div class="titles">
          <p class="name">{name}</p>
          <p class="kind">{kindLine(state)}</p>
        </div>
        <button class="close" type="button" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </div>
      {state.status === 'loading' && <p class="description muted">{t('cardLoading')}</p>}
      {state.status === 'missing' && <p class="description muted">{t('cardMissing')}</p>}
      {state.status === 'ready' && <CardBody {...state} onStep={onStep} onOpenEntity={onOpenEntity} />}
    </div>
  );
}

type BodyProps = Extract<CardState, { status: 'ready' }> & Pick<CardProps, 'onStep' | 'onOpenEntity'>;

function CardBody({ card, mentionCount, mentionIndex, dateFromPage, descriptors, onStep, onOpenEntity }: BodyProps) {
  const facts = factsOf(card);
  return (
    <>
      {card.rolesThen.length > 0 && (
        <div class="roles">
          <span class="roles-when">{dateFromPage ? t('cardOnDate', formatDate(card.asOf)) : t('cardToday')}</span>
          {card.rolesThen.map((role) => (
            <span class="role">{roleText(role, card.checked)}</span>
          ))}
          {card.rolesNow && (
            <>
              <span class="roles-when">{t('cardNow')}</span>
              {card.rolesNow.length > 0 ? (
                card.rolesNow.map((role) => <span class="role">{roleText(role, card.checked)}</span>)
              ) : (
                <span class="role">{t('cardNoRole')}</span>
              )}
            </>
          )}
        </div>
      )}
      {descriptors.length > 0 && (
        <p class="described">
          <span class="roles-when">{t('cardInThisArticle')}</span> {descriptors.join(' · ')}
        </p>
      )}
      <p class="description">{card.fromByline ? bylineText(card) : card.unlisted ? t('cardUnlisted') : card.description}</p>
      {card.mayHaveChanged && card.checked && <p class="note stale">{t('cardMayHaveChanged', formatDate(card.checked))}</p>}
      {card.uncertain && <p class="note uncertain">{t('cardUncertain', card.uncertain)}</p>}
      {facts.length > 0 && (
        <ul class="facts">
          {facts.map((fact) => (
            <li>{fact}</li>
          ))}
        </ul>
      )}
      {card.affiliations.length > 0 && (
        <p class="affiliations">
          {card.affiliations.map((a) => (
            <button type="button" class="link" onClick={() => onOpenEntity(a.id)}>
              {a.name}
            </button>
          ))}
        </p>
      )}
      <div class="footer">
        <span class="mentions">{plural('cardMentions', mentionCount)}</span>
        {mentionCount > 1 && (
          <span class="stepper">
            <button type="button" class="step" aria-label={t('cardPrevious')} onClick={() => onStep(-1)}>
              ‹
            </button>
            <span class="position">{mentionIndex >= 0 ? `${mentionIndex + 1} / ${mentionCount}` : ''}</span>
            <button type="button" class="step" aria-label={t('cardNext')} onClick={() => onStep(1)}>
              ›
            </button>
          </span>
        )}
      </div>
      {!dateFromPage && <p class="note">{t('cardNoDate')}</p>}
      <div class="footer">
        <span class="checked">{card.checked ? t('cardChecked', formatDate(card.checked)) : t('cardDataset')}</span>
        <span class="links">
          {card.wikipedia && (
            <a href={`https://en.wikipedia.org/wiki/${encodeURIComponent(card.wikipedia.replace(/ /g, '_'))}`} target="_blank" rel="noopener noreferrer">
              Wikipedia
            </a>
          )}
          {card.qid && (
            <a href={`https://www.wikidata.org/wiki/${card.qid}`} target="_blank" rel="noopener noreferrer">
              Wikidata
            </a>
          )}
        </span>
      </div>
    </>
  );
}

function bylineText(card: EntityCard): string {
  const organization = card.affiliations[0];
  return organization ? t('cardBylineAt', organization.name) : t('cardByline');
}

function kindLine(state: CardState): string {
  if (state.status !== 'ready') return state.type === 'person' ? t('cardPerson') : t('cardOrganization');
  const { card } = state;
  const parts = [card.fromByline ? t('cardJournalist') : card.type === 'person' ? t('cardPerson') : t('cardOrganization')];
  if (card.unlisted) parts.push(t('cardNotInDataset'));
  if (card.kind) parts.push(card.kind);
  if (card.country) parts.push(regionName(card.country));
  return parts.join(' · ');
}

/** A role as the card words it; a role without an end date says the day it was last confirmed. */
export function roleText(role: RoleSummary, checked?: string): string {
  if (role.former) {
    const years = role.startYear !== undefined && role.endYear !== undefined ? ` (${role.startYear}–${role.endYear})` : '';
    return `${t('cardFormer', role.title)}${years}`;
  }
  const parts = [role.title];
  if (role.startYear !== undefined) parts.push(t('cardSince', String(role.startYear)));
  if (role.open && checked !== undefined) parts.push(t('cardAsOf', formatDate(checked)));
  return parts.join(', ');
}

function factsOf(card: EntityCard): string[] {
  const facts: string[] = [];
  if (card.age !== undefined && card.died === undefined) facts.push(t('cardAge', String(card.age)));
  else if (card.born !== undefined) facts.push(t('cardBorn', card.born.slice(0, 4)));
  if (card.founded !== undefined) facts.push(t('cardFounded', card.founded.slice(0, 4)));
  if (card.headquarters !== undefined) facts.push(t('cardHeadquarters', card.headquarters));
  for (const leader of card.leaders ?? []) facts.push(`${leader.title}: ${leader.name}`);
  return facts;
}

function monogram(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length === 0) return name.slice(0, 2).toUpperCase();
  if (words.length === 1) return words[0]!.slice(0, words[0]!.length <= 3 ? 3 : 2);
  return (words[0]!.charAt(0) + words[words.length - 1]!.charAt(0)).toUpperCase();
}
