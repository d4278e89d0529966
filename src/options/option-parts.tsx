/** Pieces the options page and the first-run page share: a look of the marks drawn as a sample, and the keyboard shortcuts. */
import type { MarkLook } from '../shared/settings.ts';
import { t } from '../shared/i18n.ts';

/** A command of the extension and the keys the browser has for it ('' when none is set). */
export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

export function lookLabel(look: MarkLook): string {
  switch (look) {
    case 'dotted':
      return t('popupLookDotted');
    case 'tint':
      return t('popupLookTint');
    case 'line':
      return t('popupLookLine');
  }
}

/** One look, with a person and an organization drawn in it (the styles mirror marks.css). */
export function LookChoice({ look, checked, onChoose }: { look: MarkLook; checked: boolean; onChoose: () => void }) {
  return (
    <label class="check look">
      <input type="radio" name="mark-look" value={look} checked={checked} onChange={onChoose} />
      <span>
        {lookLabel(look)}
        <span class="look-samples" aria-hidden="true">
          <span class={`look-sample person ${look}`}>{t('popupPeople')}</span> <span class={`look-sample organization ${look}`}>{t('popupOrganizations')}</span>
        </span>
      </span>
    </label>
  );
}

export function Shortcuts({ shortcuts, onEdit }: { shortcuts: Shortcut[]; onEdit?: () => void }) {
  return (
    <section aria-labelledby="keys-title">
      <h2 id="keys-title">{t('optionsShortcuts')}</h2>
      <dl class="keys">
        {shortcuts.map((s) => (
          <div data-command={s.name}>
            <dt>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="muted">{t('optionsNoShortcut')}</span>}</dt>
            <dd>{s.description}</dd>
          </div>
        ))}
        <div>
          <dt>
            <kbd>Esc</kbd>
          </dt>
          <dd>{t('optionsKeyEscape')}</dd>
        </div>
        <div>
          <dt>
            <kbd>Tab</kbd>
          </dt>
          <dd>{t('optionsKeyTab')}</dd>
        </div>
      </dl>
      {onEdit && (
        <p>
          <button type="button" id="dramatis-edit-shortcuts" onClick={onEdit}>
            {t('optionsEditShortcuts')}
          </button>
        </p>
      )}
    </section>
  );
}
