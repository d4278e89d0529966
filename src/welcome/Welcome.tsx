/** The first-run page's view: what Dramatis does, a marked sample, the keys and the privacy promise. The sample is marked by index.tsx. */
import type { MarkLook } from '../shared/settings.ts';
import { t } from '../shared/i18n.ts';
import { lookLabel, Shortcuts, type Shortcut } from '../options/option-parts.tsx';

export interface WelcomeProps {
  look: MarkLook;
  shortcuts: Shortcut[];
  onOpenOptions: () => void;
}

export function Welcome({ look, shortcuts, onOpenOptions }: WelcomeProps) {
  return (
    <main class="page welcome">
      <h1 class="brand">
        <img src="icons/icon-48.png" alt="" />
        {t('welcomeTitle')}
      </h1>
      <p class="lead">{t('welcomeIntro')}</p>
      <figure class="sample">
        {/* One text node: index.tsx marks the names in it with the same highlights as on a news page. */}
        <p id="sample-text" lang="en">
          {t('welcomeSample')}
        </p>
        <figcaption>{t('welcomeSampleCaption')}</figcaption>
      </figure>
      <ul class="legend">
        <li>
          <span class={`look-sample person ${look}`}>{t('popupPeople')}</span> {t('welcomeLegendPeople')}
        </li>
        <li>
          <span class={`look-sample organization ${look}`}>{t('popupOrganizations')}</span> {t('welcomeLegendOrganizations')}
        </li>
      </ul>
      <p class="muted">{t('welcomeLook', lookLabel(look))}</p>
      <section aria-labelledby="use-title">
        <h2 id="use-title">{t('welcomeUse')}</h2>
        <ul>
          <li>{t('welcomeUseHover')}</li>
          <li>{t('welcomeUseTap')}</li>
          <li>{t('welcomeUseToolbar')}</li>
        </ul>
      </section>
      <Shortcuts shortcuts={shortcuts} />
      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('welcomePrivacyTitle')}</h2>
        <p>{t('welcomePrivacy')}</p>
        <p>
          <a href="privacy.html">{t('popupPrivacyPolicy')}</a>
        </p>
      </section>
      <p>
        <button type="button" id="dramatis-open-options" onClick={onOpenOptions}>
          {t('popupOptions')}
        </button>
      </p>
    </main>
  );
}
