/** The popup's view: the switches, the article's cast and the marking settings. State and storage live in index.tsx. */
import type { CastEntry } from '../shared/messages.ts';
import { MARK_LOOKS, type MarkLook, type MarkMode, type Settings } from '../shared/settings.ts';
import { t } from '../shared/i18n.ts';
import { UNLISTED_ID_PREFIX } from '../core/entity-ids.ts';

export interface PageInfo {
  host: string;
  cast: CastEntry[];
}

export interface PopupProps {
  settings: Settings;
  /** The current tab's page, or null where Dramatis cannot run (browser pages, the store). */
  page: PageInfo | null;
  onChange: (patch: Partial<Omit<Settings, 'schemaVersion'>>) => void;
  onPauseSite: (host: string, paused: boolean) => void;
  onShowEntity: (entityId: string) => void;
}

function Switch({ id, label, checked, disabled, onChange }: { id: string; label: string; checked: boolean; disabled?: boolean; onChange: (on: boolean) => void }) {
  return (
    <label class="switch-row" for={id}>
      <span>{label}</span>
      <input id={id} type="checkbox" role="switch" checked={checked} disabled={disabled} onChange={(e) => onChange(e.currentTarget.checked)} />
    </label>
  );
}

export function Popup({ settings, page, onChange, onPauseSite, onShowEntity }: PopupProps) {
  const paused = page !== null && settings.pausedSites.includes(page.host);
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
        {!settings.enabled ? t('popupStatusOff') : paused ? t('popupStatusPaused') : t('popupStatusOn')}
      </p>
      {page && (
        <Switch
          id="dramatis-pause-site"
          label={t('popupPauseSite', page.host)}
          checked={paused}
          disabled={!settings.enabled}
          onChange={(on) => onPauseSite(page.host, on)}
        />
      )}
      {page && settings.enabled && !paused && (
        <section class="cast" aria-label={castTitle}>
          <h2>{castTitle}</h2>
          {page.cast.length === 0 && <p class="muted">{t('popupCastEmpty')}</p>}
          <CastGroup title={t('popupPeople')} entries={people} onShow={onShowEntity} />
          <CastGroup title={t('popupOrganizations')} entries={organizations} onShow={onShowEntity} />
        </section>
      )}
      <details class="settings">
        <summary>{t('popupSettings')}</summary>
        <Switch id="dramatis-mark-people" label={t('popupMarkPeople')} checked={settings.markPeople} onChange={(markPeople) => onChange({ markPeople })} />
        <Switch id="dramatis-mark-organizations" label={t('popupMarkOrganizations')} checked={settings.markOrganizations} onChange={(markOrganizations) => onChange({ markOrganizations })} />
        <Switch id="dramatis-whole-page" label={t('popupWholePage')} checked={settings.scope === 'page'} onChange={(on) => onChange({ scope: on ? 'page' : 'article' })} />
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
      <p class="privacy">{t('popupPrivacy')}</p>
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
              <span class="cast-count" aria-label={t('popupMentions', String(entry.mentions))}>
                {entry.mentions}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
