// What the stores ask of the package and the listing, checked so that it stays true: lengths of the
// listing's fields, the icon's padding, the sizes of the screenshots and the promo tile, the manifest's
// Firefox keys, and the licence and privacy files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { REPO_ROOT } from '../../dev/gold.ts';

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');
const manifest = JSON.parse(read('manifest.json'));
const messages = JSON.parse(read('_locales/en/messages.json')) as Record<string, { message: string }>;

/** The text of one `## ` section of store/listing.md: its last paragraph (a note may come before it), or all of it. */
function listingField(heading: string, whole = false): string {
  const listing = read('store/listing.md');
  const section = listing.split(/^## /m).find((s) => s.startsWith(heading));
  assert.ok(section, `store/listing.md has a "${heading}" section`);
  const body = section.slice(section.indexOf('\n')).trim();
  if (whole) return body;
  const paragraphs = body.split(/\n{2,}/);
  return paragraphs[paragraphs.length - 1]!.trim();
}

test("the listing's fields fit the stores' limits", () => {
  const short = messages.extDescription!.message;
  assert.ok(short.length <= 132, `the manifest's description (Chrome's short description) has ${short.length} characters, 132 at most`);
  assert.equal(listingField('Short description'), short, "the listing repeats the manifest's description as it is");
  const summary = listingField('Summary');
  assert.ok(summary.length <= 250, `the addons.mozilla.org summary has ${summary.length} characters, 250 at most`);
  assert.ok(messages.extName!.message.length <= 45);
  assert.ok(listingField('Description', true).length > 500);
});

test('the privacy policy is in the repository, ships in the extension and is linked from the popup and the listing', () => {
  const policy = read('PRIVACY.md');
  for (const topic of ['What Dramatis reads', 'What Dramatis stores', 'What Dramatis sends', 'What a web page can notice'])
    assert.match(policy, new RegExp(`^## ${topic}$`, 'm'));
  assert.match(read('build.mjs'), /privacy\.html/);
  assert.match(read('src/popup/Popup.tsx'), /href="privacy\.html"/);
  assert.match(read('store/listing.md'), /PRIVACY\.md/);
});

test('the licence and the notices of what is bundled ship with the extension', () => {
  assert.match(read('LICENSE'), /^MIT License/);
  const build = read('build.mjs');
  assert.match(build, /\['LICENSE', 'LICENSE\.txt'\]/);
  assert.match(build, /THIRD-PARTY-NOTICES\.txt/);
});

test('Firefox: a real add-on id, no data collected, and the minimum versions the keys need', () => {
  const gecko = manifest.browser_specific_settings.gecko;
  assert.match(gecko.id, /^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/, 'a UUID id, which belongs to no domain we would have to own');
  assert.deepEqual(gecko.data_collection_permissions, { required: ['none'] });
  assert.ok(Number.parseFloat(gecko.strict_min_version) >= 140);
  assert.ok(Number.parseFloat(manifest.browser_specific_settings.gecko_android.strict_min_version) >= 142);
});

/** Width and height from a PNG's header. */
function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(path.join(REPO_ROOT, file));
  assert.equal(data.toString('latin1', 12, 16), 'IHDR', file);
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** The alpha channel of an 8-bit RGBA, non-interlaced PNG, row by row. */
function pngAlpha(file: string): number[][] {
  const data = readFileSync(path.join(REPO_ROOT, file));
  const { width, height } = pngSize(file);
  assert.deepEqual([data[24], data[25], data[28]], [8, 6, 0], `${file} is 8-bit RGBA, not interlaced`);
  const chunks: Buffer[] = [];
  for (let at = 8; at < data.length;) {
    const length = data.readUInt32BE(at);
    if (data.toString('latin1', at + 4, at + 8) === 'IDAT') chunks.push(data.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * 4;
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const row = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    const up = rows[y - 1] ?? Buffer.alloc(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? row[x - 4]! : 0;
      const b = up[x]!;
      const c = x >= 4 ? up[x - 4]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter]!;
      row[x] = (row[x]! + predictor) & 0xff;
    }
    rows.push(row);
  }
  return rows.map((row) => Array.from({ length: width }, (_, x) => row[x * 4 + 3]!));
}

test('the 128 px icon is 96 px of artwork inside 16 px of transparent padding (Chrome Web Store)', () => {
  const alpha = pngAlpha('assets/icons/icon-128.png');
  assert.equal(alpha.length, 128);
  const opaque = alpha.flatMap((row, y) => row.flatMap((a, x) => (a > 0 ? [[x, y]] : [])));
  const xs = opaque.map(([x]) => x!);
  const ys = opaque.map(([, y]) => y!);
  assert.deepEqual([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)], [16, 111, 16, 111]);
  assert.equal(alpha[64]![64], 255);
  assert.deepEqual(manifest.icons['128'], 'icons/icon-128.png');
});

test('the store images have the sizes the stores ask for', () => {
  const shots = readdirSync(path.join(REPO_ROOT, 'assets/store')).filter((f) => f.startsWith('screenshot-'));
  assert.ok(shots.length >= 1 && shots.length <= 5, 'the Chrome Web Store takes 1 to 5 screenshots');
  for (const shot of shots) assert.deepEqual(pngSize(`assets/store/${shot}`), { width: 1280, height: 800 }, shot);
  assert.deepEqual(pngSize('assets/store/promo-small-440x280.png'), { width: 440, height: 280 });
  assert.ok(existsSync(path.join(REPO_ROOT, 'assets/brand/icon.svg')));
});
