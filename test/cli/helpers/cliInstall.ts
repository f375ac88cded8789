// A private copy of the CLI as it is installed — bin/twelve-factor.js and the bundles it loads —
// for tests that write, corrupt or blank its files where other tests cannot see them.
import { copyFileSync, mkdirSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPO = join(__dirname, '..', '..', '..');

/** The copy's root folder (holding bin/ and dist/); the caller removes it. */
export function copyCliInstall(prefix: string): string {
  const copy = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  mkdirSync(join(copy, 'bin'));
  mkdirSync(join(copy, 'dist'));
  copyFileSync(join(REPO, 'bin', 'twelve-factor.js'), join(copy, 'bin', 'twelve-factor.js'));
  for (const bundle of ['bundleLoader.js', 'cli.js', 'engine.js']) copyFileSync(join(REPO, 'dist', bundle), join(copy, 'dist', bundle));
  return copy;
}
