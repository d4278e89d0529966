// `npm run package`: the two store zips from the unpacked builds, manifest at the zip root.
import { execFileSync } from 'node:child_process';

for (const browser of ['chrome', 'firefox']) {
  execFileSync('npx', ['web-ext', 'build', '--source-dir', `dist/${browser}`, '--artifacts-dir', 'artifacts',
    '--filename', `dramatis-${browser}-{version}.zip`, '--overwrite-dest'], { stdio: 'inherit' });
}
