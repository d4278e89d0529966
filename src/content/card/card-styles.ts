/** The card's look. Lives in the shadow root, so page CSS cannot reach it. */
export const CARD_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box;
  width: 340px;
  max-width: calc(100vw - 16px);
  padding: 14px 16px 12px;
  border-radius: 12px;
  border: 1px solid rgba(15, 23, 42, 0.12);
  background: #ffffff;
  color: #0f172a;
  box-shadow: 0 10px 30px rgba(15, 23, 42, 0.18), 0 2px 6px rgba(15, 23, 42, 0.08);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  text-align: start;
  letter-spacing: normal;
  outline: none;
}
.head { display: flex; gap: 12px; align-items: center; }
.monogram {
  flex: none; width: 40px; height: 40px; border-radius: 50%;
  display: grid; place-items: center;
  font-weight: 650; font-size: 15px; color: #fff; background: #2563eb;
}
.card[data-type="organization"] .monogram { border-radius: 10px; background: #0f766e; }
.monogram { position: relative; }
.titles { min-width: 0; flex: 1; }
.affiliations { margin: 8px 0 0; display: flex; flex-wrap: wrap; gap: 4px 6px; }
.link { border: 1px solid rgba(37, 99, 235, 0.35); background: transparent; color: #1d4ed8; font: inherit; font-size: 12px; padding: 1px 8px; border-radius: 999px; cursor: pointer; }
.link:hover, .link:focus-visible { background: rgba(37, 99, 235, 0.1); }
.stepper { display: inline-flex; align-items: center; gap: 4px; }
.step { border: 0; background: transparent; color: inherit; font: inherit; font-size: 16px; line-height: 1; padding: 0 6px; border-radius: 6px; cursor: pointer; }
.step:hover, .step:focus-visible { background: rgba(100, 116, 139, 0.15); }
.note { margin: 6px 0 0; font-size: 11.5px; color: #64748b; }
.note.stale { color: #92400e; }
.links { display: inline-flex; gap: 10px; }
.links a { color: inherit; }
.card:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.name { margin: 0; font-size: 16px; font-weight: 650; line-height: 1.25; }
.kind { margin: 2px 0 0; font-size: 12px; color: #475569; }
.close {
  flex: none; align-self: flex-start; border: 0; background: transparent; color: #64748b;
  font: inherit; font-size: 18px; line-height: 1; padding: 2px 4px; border-radius: 6px; cursor: pointer;
}
.close:hover, .close:focus-visible { background: rgba(100, 116, 139, 0.15); color: #0f172a; }
.roles { margin: 10px 0 0; padding: 8px 10px; border-radius: 8px; background: #f1f5f9; }
.roles-when { display: block; font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: #475569; }
.role { display: block; font-weight: 560; }
.description { margin: 10px 0 0; color: #1e293b; }
.described { margin: 8px 0 0; color: #1e293b; font-style: italic; }
.described .roles-when { font-style: normal; }
.facts { margin: 8px 0 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 4px 12px; font-size: 12.5px; color: #475569; }
.footer { margin: 10px 0 0; padding-top: 8px; border-top: 1px solid rgba(15, 23, 42, 0.08); font-size: 11.5px; color: #64748b; display: flex; justify-content: space-between; gap: 8px; }
.muted { color: #64748b; }
/*
 * The layout follows the page's direction (the card's dir), the text runs in
 * the direction of the language it is written in (data-text-dir), isolated so
 * that "2020." or "2 / 3" cannot be reordered by a right-to-left page.
 */
.card :is(.titles, .roles, .described, .description, .facts, .affiliations, .footer > span, .note, .muted) { unicode-bidi: isolate; }
.card[data-text-dir="ltr"] :is(.titles, .roles, .described, .description, .facts, .affiliations, .footer > span, .note, .muted) { direction: ltr; }
.card[data-text-dir="rtl"] :is(.titles, .roles, .described, .description, .facts, .affiliations, .footer > span, .note, .muted) { direction: rtl; }
/* Dark when the page is dark, or when the page sets no background and the system is dark (see page-theme.ts). */
.card[data-theme="dark"] { background: #0f172a; color: #e2e8f0; border-color: rgba(226, 232, 240, 0.14); box-shadow: 0 10px 30px rgba(0, 0, 0, 0.5); }
.card[data-theme="dark"] .kind, .card[data-theme="dark"] .facts, .card[data-theme="dark"] .footer, .card[data-theme="dark"] .muted, .card[data-theme="dark"] .roles-when { color: #94a3b8; }
.card[data-theme="dark"] .roles { background: #1e293b; }
.card[data-theme="dark"] .description, .card[data-theme="dark"] .described { color: #cbd5e1; }
.card[data-theme="dark"] .close { color: #94a3b8; }
.card[data-theme="dark"] .link { color: #93c5fd; border-color: rgba(147, 197, 253, 0.4); }
.card[data-theme="dark"] .note { color: #94a3b8; }
.card[data-theme="dark"] .note.stale { color: #fbbf24; }
.card[data-theme="dark"] .close:hover, .card[data-theme="dark"] .close:focus-visible { color: #f8fafc; }
.card[data-theme="dark"] .footer { border-top-color: rgba(226, 232, 240, 0.1); }

`;
