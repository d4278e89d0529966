/** The options page's view: where Dramatis runs, what it marks and how, its keys, and a reset. State and storage live in index.tsx. */
import { useState } from 'preact/hooks';
import { MARK_LOOKS, type MarkMode, type Settings, type SiteMode } from '../shared/settings.ts';
import { t } from '../shared/i18n.ts';
import { LookChoice, Shortcuts, type Shortcut } from './option-parts.tsx';

export type SettingsPatch = Partial<Omit<Settings, 'schemaVersion'>>;

export interface OptionsProps {
  settings: Settings;
  shortcuts: Shortcut[];
  onChange: (patch: SettingsPatch) => void;
  /** Adds a typed site to the list of the current mode; false when the text is not a site. */
  onAddSite: (text: string) => boolean;
  onSiteActive: (host: string, active: boolean) => void;
  onEditShortcuts: () => void;
  onReset: () => void;
}

export function Options({ settings, shortcuts, onChange, onAddSite, onSiteActive, onEditShortcuts, onReset }: OptionsProps) {
  return (
    <main class="page">
      <h1 class="brand">
        <img src="icons/icon-48.png" alt="" />
        {t('optionsTitle')}
      </h1>
      <label class="check">
        <input type="checkbox" id="dramatis-enabled" checked={settings.enabled} onChange={(e) => onChange({ enabled: e.currentTarget.checked })} />
        {t('popupSwitch')}
      </label>
      <Sites settings={settings} onChange={onChange} onAddSite={onAddSite} onSiteActive={onSiteActive} />
      <section aria-labelledby="what-title">
        <h2 id="what-title">{t('popupSettings')}</h2>
        <label class="check">
          <input type="checkbox" checked={settings.markPeople} onChange={(e) => onChange({ markPeople: e.currentTarget.checked })} />
          {t('popupMarkPeople')}
        </label>
        <label class="check">
          <input type="checkbox" checked={settings.markOrganizations} onChange={(e) => onChange({ markOrganizations: e.currentTarget.checked })} />
          {t('popupMarkOrganizations')}
        </label>
        <label class="check">
          <input type="checkbox" checked={settings.scope === 'page'} onChange={(e) => onChange({ scope: e.currentTarget.checked ? 'page' : 'article' })} />
          {t('popupWholePage')}
        </label>
        <fieldset>
          <legend>{t('popupMarkMode')}</legend>
          {(['every', 'first', 'modifier'] as MarkMode[]).map((mode) => (
            <label class="check">
              <input type="radio" name="mark-mode" value={mode} checked={settings.markMode === mode} onChange={() => onChange({ markMode: mode })} />
              {mode === 'every' ? t('popupModeEvery') : mode === 'first' ? t('popupModeFirst') : t('popupModeModifier')}
            </label>
          ))}
        </fieldset>
      </section>
      <section aria-labelledby="look-title">
        <h2 id="look-title">{t('popupMarkLook')}</h2>
        {MARK_LOOKS.map((look) => (
          <LookChoice look={look} checked={settings.markLook === look} onChoose={() => onChange({ markLook: look })} />
        ))}
      </section>
      <Shortcuts shortcuts={shortcuts} onEdit={onEditShortcuts} />
      <Reset onReset={onReset} />
      <p class="footnote">
        <a href="privacy.html">{t('popupPrivacyPolicy')}</a>
      </p>
    </main>
  );
}

function Sites({ settings, onChange, onAddSite, onSiteActive }: Pick<OptionsProps, 'settings' | 'onChange' | 'onAddSite' | 'onSiteActive'>) {
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const only = settings.siteMode === 'only';
  const sites = only ? settings.allowedSites : settings.pausedSites;
  const add = (event: Event) => {
    event.preventDefault();
    const ok = onAddSite(text);
    setInvalid(!ok);
    if (ok) setText('');
  };
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('optionsSites')}</h2>
      <fieldset>
        <legend class="visually-hidden">{t('optionsSites')}</legend>
        {(['all', 'only'] as SiteMode[]).map((mode) => (
          <label class="check">
            <input type="radio" name="site-mode" value={mode} checked={settings.siteMode === mode} onChange={() => onChange({ siteMode: mode })} />
            {mode === 'all' ? t('optionsModeAll') : t('optionsModeOnly')}
          </label>
        ))}
      </fieldset>
      <h3 id="site-list-title">{only ? t('optionsAllowedSites') : t('optionsPausedSites')}</h3>
      {sites.length === 0 ? (
        <p class="muted" id="site-list-empty">
          {only ? t('optionsNoAllowedSites') : t('optionsNoPausedSites')}
        </p>
      ) : (
        <ul class="sites" aria-labelledby="site-list-title">
          {sites.map((host) => (
            <li>
              <span class="host">{host}</span>
              <button type="button" onClick={() => onSiteActive(host, !only)} aria-label={only ? t('optionsRemoveSite', host) : t('optionsResumeSite', host)}>
                {only ? t('optionsRemove') : t('optionsResume')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add}>
        <label for="site-input">{only ? t('optionsAddAllowed') : t('optionsAddPaused')}</label>
        <span class="row">
          <input
            id="site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="news.example.com"
            value={text}
            aria-invalid={invalid}
            aria-describedby={invalid ? 'site-error' : undefined}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <button type="submit">{t('optionsAdd')}</button>
        </span>
        {invalid && (
          <span class="error" id="site-error" role="alert">
            {t('optionsNotASite')}
          </span>
        )}
      </form>
    </section>
  );
}

function Reset({ onReset }: { onReset: () => void }) {
  const [asking, setAsking] = useState(false);
  return (
    <section aria-labelledby="reset-title">
      <h2 id="reset-title">{t('optionsReset')}</h2>
      <p class="muted">{t('optionsResetExplained')}</p>
      {asking ? (
        <p class="row">
          <button type="button" class="danger" id="dramatis-reset-confirm" onClick={() => (setAsking(false), onReset())}>
            {t('optionsResetConfirm')}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {t('optionsCancel')}
          </button>
        </p>
      ) : (
        <button type="button" id="dramatis-reset" onClick={() => setAsking(true)}>
          {t('optionsReset')}
        </button>
      )}
    </section>
  );
}
