// The licence texts that ship with the extension: ours (LICENSE) and those of
// every npm package that esbuild bundled into it, found from esbuild's
// metafile so that a new dependency cannot ship without its notice.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';

const LICENSE_FILES = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'LICENCE'];

/** The package roots (`node_modules/<name>` or `node_modules/@scope/<name>`) of the metafile's inputs, sorted. */
export function bundledPackages(metafiles) {
  const roots = new Set();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (m) roots.add(m[1]);
    }
  }
  return [...roots].sort();
}

/** THIRD-PARTY-NOTICES.txt: one section per bundled package, with its full licence text. Throws when a package has none. */
export async function thirdPartyNotices(root, packageNames) {
  const sections = [];
  for (const name of packageNames) {
    const dir = path.join(root, 'node_modules', name);
    const pkg = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'));
    const file = LICENSE_FILES.map((f) => path.join(dir, f)).find((f) => existsSync(f));
    if (!file) throw new Error(`${name} is bundled into the extension but has no licence file to ship with it`);
    const repository = typeof pkg.repository === 'string' ? pkg.repository : (pkg.repository?.url ?? pkg.homepage ?? '');
    const source = /^[\w.-]+\/[\w.-]+$/.test(repository) ? `https://github.com/${repository}` : repository.replace(/^git\+/, '');
    const header = [`${pkg.name} ${pkg.version}`, `License: ${pkg.license}`, source && `Source: ${source}`].filter(Boolean).join('\n');
    sections.push(`${header}\n\n${(await readFile(file, 'utf8')).trim()}\n`);
  }
  const rule = `\n${'-'.repeat(78)}\n\n`;
  return `Dramatis bundles the following open-source packages, in minified form, in
its JavaScript files (background.js, content.js, card.js, popup.js,
options.js, welcome.js). Their licences follow. The unminified source of
each package is published on the npm registry under its name and version.
${rule}${sections.join(rule)}`;
}
