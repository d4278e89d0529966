/**
 * axe-core in the pages Dramatis shows (the card, the popup, the options and
 * first-run pages), in both browsers: the test puts axe's source into the
 * page and runs it there. WCAG 2.x A and AA rules; what axe cannot judge
 * (the contrast of a switch's track, of the marks' lines) is checked by the
 * tests themselves with contrastRatio().
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** What to check: the whole document, or the card inside its shadow root. */
export type AxeScope = 'document' | 'card';

/** Runs in the page, after AXE_SOURCE: the violations of the WCAG 2.x A and AA rules. */
export async function axeInPage(scope: AxeScope): Promise<AxeViolation[]> {
  type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] };
  const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe;
  const context = scope === 'card' ? { include: [{ fromShadowDom: ['#dramatis-card-host', '.card'] }] } : document;
  const result = await axe.run(context, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
  });
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
}

/** WCAG contrast ratio of two opaque sRGB colours given as [r, g, b] in 0-255. */
export function contrastRatio(a: readonly number[], b: readonly number[]): number {
  const luminance = (c: readonly number[]) => {
    const [r, g, bl] = c.map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `rgb(…)` / `rgba(…)` as [r, g, b, alpha]. */
export function parseRgb(color: string): [number, number, number, number] {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+))?\s*\)/.exec(color);
  if (!m) throw new Error(`not an rgb() colour: ${color}`);
  return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
}

/** A colour with alpha painted over an opaque background. */
export function over(top: readonly number[], background: readonly number[]): [number, number, number] {
  const alpha = top[3] ?? 1;
  return [0, 1, 2].map((i) => top[i]! * alpha + background[i]! * (1 - alpha)) as [number, number, number];
}
