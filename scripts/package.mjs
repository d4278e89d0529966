// `npm run package` (after `node build.mjs`): the two store packages and the
// source package that addons.mozilla.org asks for when the submitted code is
// bundled or minified, all in artifacts/:
//   dramatis-chrome-VERSION.zip    Chrome Web Store (dist/chrome, manifest at the root)
//   dramatis-firefox-VERSION.zip   addons.mozilla.org (dist/firefox)
//   dramatis-source-VERSION.zip    the repository's files and SOURCE-BUILD.md, which says how to rebuild
// The zips are reproducible: the same sources give byte-identical files (scripts/build/zip.mjs).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { zipFiles } from './build/zip.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'artifacts');
/** Pictures for the stores and the README: not needed to build the extension. */
const NOT_IN_SOURCE = [/^assets\/store\//, /^assets\/screenshots\//];

async function filesUnder(dir, prefix = '') {
  const files = new Map();
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) for (const [name, data] of await filesUnder(path.join(dir, entry.name), `${rel}/`)) files.set(name, data);
    else files.set(rel, await readFile(path.join(dir, entry.name)));
  }
  return files;
}

/** Whether ROOT is the top of a git checkout; the unpacked source package is not, nor is it when unpacked inside another repository. */
function isGitCheckout() {
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return realpathSync(top) === realpathSync(ROOT);
  } catch {
    return false;
  }
}

/** The files git tracks, as they are in the working tree (what was just built). */
async function sourceFiles() {
  const listed = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  const files = new Map();
  for (const name of listed.filter((n) => !NOT_IN_SOURCE.some((re) => re.test(n)))) files.set(name, await readFile(path.join(ROOT, name)));
  return files;
}

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

function sourceBuildNotes(version, firefoxFiles) {
  const npmVersion = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
  const sums = [...firefoxFiles.keys()]
    .sort()
    .map((name) => `${sha256(firefoxFiles.get(name))}  ${name}`)
    .join('\n');
  return `# Building Dramatis ${version} from this source

This archive holds the source of the Dramatis browser extension as submitted,
for review. The extension's JavaScript is bundled and minified by esbuild;
everything else (manifest, locales, styles, the dataset's compiled index) is
written by the same build. The build makes no network request and records no
date, path or machine name, so it gives the same files on any machine.

## Environment

- Operating system: Debian 12 (bookworm), x86-64. Any Linux or macOS with
  the tools below gives the same output.
- Node.js ${process.version} (any 20.x from 20.15 on), with npm ${npmVersion}.
  To install it: the Node.js 20 installer or binary from
  https://nodejs.org/en/download (npm comes with it), or a version manager
  (\`nvm install 20\`).
- No other tool: the dependencies, esbuild included, come from
  \`package-lock.json\` through npm. All are open source and run locally.

This package was made on ${os.type()} ${os.arch()} with Node.js ${process.version} and npm ${npmVersion}.

## Steps

\`\`\`sh
npm ci            # installs the exact versions in package-lock.json
node build.mjs    # writes dist/firefox (and dist/chrome)
\`\`\`

\`dist/firefox\` is then the submitted add-on, file for file. \`npm run package\`
also zips it as \`artifacts/dramatis-firefox-${version}.zip\`, byte for byte the
submitted file (in this folder, which is not a git checkout, it writes the two
store packages and no source package). To compare, from this folder:

\`\`\`sh
(cd dist/firefox && find . -type f | sort | xargs sha256sum)
\`\`\`

which must print these sums (the submitted add-on's files):

\`\`\`
${sums.replace(/ {2}/g, '  ./')}
\`\`\`

## What is where

- \`src/\`: the TypeScript sources (\`background\`, \`content\`, \`popup\`,
  \`options\`, \`welcome\`, and the DOM-free \`core\`); \`build.mjs\` and
  \`scripts/build/\` are the build.
- \`data/\`: the entity dataset the build compiles into \`index.json\` and the
  \`entities-NN.json\` shards.
- Bundled libraries, unmodified from npm: preact and webextension-polyfill
  (versions in package-lock.json; licences in THIRD-PARTY-NOTICES.txt of the
  add-on).
- README.md explains the design, PRIVACY.md the privacy policy.
`;
}

const { version } = JSON.parse(await readFile(path.join(ROOT, 'manifest.json'), 'utf8'));
await mkdir(OUT, { recursive: true });
const written = [];
let firefoxFiles;
for (const browser of ['chrome', 'firefox']) {
  const files = await filesUnder(path.join(ROOT, 'dist', browser));
  if (browser === 'firefox') firefoxFiles = files;
  const file = path.join(OUT, `dramatis-${browser}-${version}.zip`);
  await writeFile(file, zipFiles(files));
  written.push(file);
}
// A reviewer who rebuilds from the unpacked source package gets the two store packages to compare; the
// source package itself is made from a git checkout, of the files git tracks.
const fromGit = isGitCheckout();
if (fromGit) {
  const source = await sourceFiles();
  source.set('SOURCE-BUILD.md', Buffer.from(sourceBuildNotes(version, firefoxFiles)));
  const sourceFile = path.join(OUT, `dramatis-source-${version}.zip`);
  await writeFile(sourceFile, zipFiles(source));
  written.push(sourceFile);
}
for (const file of written) console.log(`${sha256(await readFile(file))}  ${path.relative(ROOT, file)}`);
if (!fromGit) console.log('Not a git checkout (the unpacked source package?): no source package written, the store packages are.');
