/** The popup's view: the switches, the article's cast and the marking settings. State and storage live in index.tsx. */
import type { CastEntry } from '../shared/page-messages.ts';
import { MARK_LOOKS, siteAllowed, type MarkLook, type MarkMode, type Settings } from '../shared/settings.ts';
import { plural, t } from '../shared/i18n.ts';
import { UNLISTED_ID_PREFIX } from '../core/entity-ids.ts';

export interface PageInfo {
  host: string;
  cast: CastEntry[];
  /** False when only the article is marked and the page has none. */
  article?: boolean;
}

export interface PopupProps {
  settings: Settings;
  /** The current tab's page, or null where Dramatis does not run (browser pages, the store, sites it has no access to). */
  page: PageInfo | null;
  /** Whether the browser lets Dramatis read every site: readers and browsers can withhold host access. */
  allSitesAccess: boolean;
  onChange: (patch: Partial<Omit<Settings, 'schemaVersion'>>) => void;
  /** Turns Dramatis on or off for the page's site, in the current site mode. */
  onSiteActive: (host: string, active: boolean) => void;
  onShowEntity: (entityId: string) => void;
  onRequestAccess: () => void;
  onOpenPage: (page: 'options' | 'privacy') => void;
}

function Switch({
  id,
  label,
  checked,
  disabled,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <label class="switch-row" for={id}>
      <span>{label}</span>
      <input id={id} type="checkbox" role="switch" checked={checked} disabled={disabled} onChange={(e) => onChange(e.currentTarget.checked)} />
    </label>
  );
}

function statusText({ settings, page, allSitesAccess }: PopupProps, allowedHere: boolean): string {
  if (!settings.enabled) return t('popupStatusOff');
  if (page && !allowedHere) return settings.siteMode === 'only' ? t('popupStatusNotChosen') : t('popupStatusPaused');
  if (!page && !allSitesAccess) return t('popupStatusNoAccess');
  if (settings.siteMode === 'only') return t('popupStatusOnly');
  return allSitesAccess ? t('popupStatusOn') : t('popupStatusSomeSites');
}

export function Popup(props: PopupProps) {
  const { settings, page, allSitesAccess, onChange, onSiteActive, onShowEntity, onRequestAccess, onOpenPage } = props;
  const allowedHere = page !== null && siteAllowed(settings, page.host);
  const only = settings.siteMode === 'only';
  const people = page?.cast.filter((c) => c.type === 'person') ?? [];
  const organizations = page?.cast.filter((c) => c.type === 'organization') ?? [];
  const castTitle = settings.scope === 'page' ? t('popupCastPage') : t('popupCast');
  return (
    <main class="popup">
      <h1 class="brand">
        <img src="icons/icon-48.png" alt="" />
        {t('extName')}
      </h1>
      <Switch id="dramatis-enabled" label={t('popupSwitch')} checked={settings.enabled} onChange={(enabled) => onChange({ enabled })} />
      <p class="status" id="status" aria-live="polite">
        {statusText(props, allowedHere)}
      </p>
      {!allSitesAccess && (
        <p class="access">
          {page ? t('popupAccessSome') : t('popupAccessNone')}{' '}
          <button type="button" class="text-button" id="dramatis-grant" onClick={onRequestAccess}>
            {t('popupAccessGrant')}
          </button>
        </p>
      )}
      {page && (
        <Switch
          id="dramatis-site"
          label={only ? t('popupRunOnSite', page.host) : t('popupPauseSite', page.host)}
          checked={only ? allowedHere : !allowedHere}
          disabled={!settings.enabled}
          onChange={(on) => onSiteActive(page.host, only ? on : !on)}
        />
      )}
      {page && settings.enabled && allowedHere && (
        <section class="cast" aria-labelledby="dramatis-cast-title">
          <h2 id="dramatis-cast-title">{castTitle}</h2>
          {/* Its own scrolling area: the popup must fit in the 600 px Chrome gives it, the settings below included. */}
          <div class="cast-list" tabIndex={0} aria-labelledby="dramatis-cast-title">
            {page.article === false && settings.scope === 'article' ? (
              <>
                <p class="muted" id="no-article">
                  {t('popupNoArticle')}
                </p>
                <Switch
                  id="dramatis-whole-page-here"
                  label={t('popupNoArticleWholePage')}
                  checked={false}
                  onChange={(on) => on && onChange({ scope: 'page' })}
                />
              </>
            ) : (
              page.cast.length === 0 && <p class="muted">{t('popupCastEmpty')}</p>
            )}
            <CastGroup title={t('popupPeople')} entries={people} onShow={onShowEntity} />
            <CastGroup title={t('popupOrganizations')} entries={organizations} onShow={onShowEntity} />
          </div>
        </section>
      )}
      <details class="settings">
        <summary>{t('popupSettings')}</summary>
        <Switch id="dramatis-mark-people" label={t('popupMarkPeople')} checked={settings.markPeople} onChange={(markPeople) => onChange({ markPeople })} />
        <Switch
          id="dramatis-mark-organizations"
          label={t('popupMarkOrganizations')}
          checked={settings.markOrganizations}
          onChange={(markOrganizations) => onChange({ markOrganizations })}
        />
        <Switch
          id="dramatis-whole-page"
          label={t('popupWholePage')}
          checked={settings.scope === 'page'}
          onChange={(on) => onChange({ scope: on ? 'page' : 'article' })}
        />
        <fieldset class="mode">
          <legend>{t('popupMarkMode')}</legend>
          {(['every', 'first', 'modifier'] as MarkMode[]).map((mode) => (
            <label>
              <input type="radio" name="mark-mode" value={mode} checked={settings.markMode === mode} onChange={() => onChange({ markMode: mode })} />
              {mode === 'every' ? t('popupModeEvery') : mode === 'first' ? t('popupModeFirst') : t('popupModeModifier')}
            </label>
          ))}
        </fieldset>
        <fieldset class="mode look">
          <legend>{t('popupMarkLook')}</legend>
          {MARK_LOOKS.map((look) => (
            <label>
              <input type="radio" name="mark-look" value={look} checked={settings.markLook === look} onChange={() => onChange({ markLook: look })} />
              {/* Each choice's name is drawn in the look it names. */}
              <span class={`look-sample ${look}`}>{lookLabel(look)}</span>
            </label>
          ))}
        </fieldset>
      </details>
      <footer class="privacy">
        <p>{t('popupPrivacy')}</p>
        <p class="links">
          <a href="privacy.html" target="_blank" rel="noopener" onClick={(e) => (e.preventDefault(), onOpenPage('privacy'))}>
            {t('popupPrivacyPolicy')}
          </a>
          <a href="options.html" target="_blank" rel="noopener" onClick={(e) => (e.preventDefault(), onOpenPage('options'))}>
            {t('popupOptions')}
          </a>
        </p>
      </footer>
    </main>
  );
}

function lookLabel(look: MarkLook): string {
  switch (look) {
    case 'dotted':
      return t('popupLookDotted');
    case 'tint':
      return t('popupLookTint');
    case 'line':
      return t('popupLookLine');
  }
}

function CastGroup({ title, entries, onShow }: { title: string; entries: CastEntry[]; onShow: (id: string) => void }) {
  if (entries.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul>
        {entries.map((entry) => (
          <li>
            <button type="button" class={`cast-entry ${entry.type}`} onClick={() => onShow(entry.entityId)}>
              <span class="cast-name">{entry.label}</span>
              {entry.entityId.startsWith(UNLISTED_ID_PREFIX) && <span class="cast-unlisted">{t('cardNotInDataset')}</span>}
              <span class="cast-count" aria-hidden="true">
                {entry.mentions}
              </span>
              <span class="visually-hidden">{plural('popupMentions', entry.mentions)}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
