/** The popup's view: the main switch. State and storage live in index.tsx. */
import { t } from '../shared/i18n.ts';

export interface PopupProps {
  enabled: boolean;
  onToggle: (enabled: boolean) => void;
}

export function Popup({ enabled, onToggle }: PopupProps) {
  return (
    <main class="popup">
      <h1 class="brand">
        <img src="icons/icon-48.png" alt="" />
        {t('extName')}
      </h1>
      <label class="switch-row" for="dramatis-enabled">
        <span>{t('popupSwitch')}</span>
        <input
          id="dramatis-enabled"
          type="checkbox"
          role="switch"
          checked={enabled}
          onChange={(event) => onToggle(event.currentTarget.checked)}
        />
      </label>
      <p class="status" id="status" aria-live="polite">
        {enabled ? t('popupStatusOn') : t('popupStatusOff')}
      </p>
      <p class="privacy">{t('popupPrivacy')}</p>
    </main>
  );
}
