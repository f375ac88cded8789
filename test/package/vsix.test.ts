// The VSIX as a user installs it: packaged with `vsce` exactly as `npm run package` does,
// then opened and listed. It must hold what runs and nothing else (no sources, tests, maps,
// node_modules or examples), stay under 3 MB, and `vsce` must print no warning.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listZipEntries, type ZipEntry } from './zipEntries';

const ROOT = join(__dirname, '..', '..');
const MAX_VSIX_BYTES = 3 * 1024 * 1024;

interface Manifest {
  name: string;
  publisher?: string;
  displayName?: string;
  description?: string;
  icon?: string;
  categories?: string[];
  keywords?: string[];
  repository?: { url?: string } | string;
  license?: string;
  main: string;
  contributes: {
    configuration: { properties: Record<string, { properties?: Record<string, unknown> }> };
    grammars: { path: string }[];
    snippets: { path: string }[];
    languages: { configuration?: string }[];
    viewsContainers: { activitybar: { icon: string }[] };
  };
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;

/** Where each shipped file may come from: every entry must match one of these. */
const ALLOWED = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/(package\.json|readme\.md|changelog\.md|LICENSE\.txt)$/,
  /^extension\/dist\/client\/extension\.js$/,
  /^extension\/dist\/server\/(server|main)\.js$/,
  /^extension\/dist\/media\/checklist\/(checklist\.js|checklist\.css|codicon\.css|codicon\.ttf)$/,
  /^extension\/media\/(icon\.png|activity-bar\.svg)$/,
  /^extension\/syntaxes\/[\w.-]+\.json$/,
  /^extension\/snippets\/[\w.-]+\.json$/,
  /^extension\/docs\/rules\/([\w-]+\/)?[\w-]+\.md$/,
];

const FORBIDDEN = [/\.map$/, /\.tsx?$/, /\.mts$/, /(^|\/)node_modules\//, /(^|\/)test\//, /(^|\/)examples\//, /(^|\/)src\//, /\.vsix$/, /(^|\/)\.(env|git|vscode)/];

describe('the VSIX', () => {
  let entries: ZipEntry[];
  let names: string[];
  let vsixSize: number;
  let vsceOutput: string;

  before(() => {
    const outDir = mkdtempSync(join(tmpdir(), 'tf-vsix-'));
    const vsix = join(outDir, 'twelve-factor-guide.vsix');
    try {
      // The same command as `npm run package` (its prepublish step builds minified bundles).
      const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
      const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', vsix], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
      vsceOutput = `${result.stdout}\n${result.stderr}`;
      assert.equal(result.status, 0, `vsce package failed:\n${vsceOutput}`);
      vsixSize = statSync(vsix).size;
      entries = listZipEntries(vsix);
      names = entries.map((entry) => entry.name);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it('is packaged without a single vsce warning', () => {
    assert.doesNotMatch(vsceOutput, /WARNING|warn/i, vsceOutput);
    assert.match(vsceOutput, /DONE\s+Packaged/);
  });

  it(`is at most 3 MB`, () => {
    assert.ok(vsixSize <= MAX_VSIX_BYTES, `the VSIX is ${(vsixSize / 1024 / 1024).toFixed(2)} MB`);
  });

  it('contains only what runs: bundles, webview media, grammars, snippets, rule docs, icon, readme, changelog, license', () => {
    const unexpected = names.filter((name) => !ALLOWED.some((pattern) => pattern.test(name)));
    assert.deepEqual(unexpected, [], `files that should not ship:\n${unexpected.join('\n')}`);
    const forbidden = names.filter((name) => FORBIDDEN.some((pattern) => pattern.test(name)));
    assert.deepEqual(forbidden, [], `sources, tests, maps or node_modules in the VSIX:\n${forbidden.join('\n')}`);
  });

  it('contains every file the manifest points at', () => {
    const referenced = [
      manifest.main,
      manifest.icon!,
      'dist/server/server.js',
      'dist/server/main.js',
      'dist/media/checklist/checklist.js',
      'dist/media/checklist/checklist.css',
      'dist/media/checklist/codicon.css',
      'dist/media/checklist/codicon.ttf',
      ...manifest.contributes.grammars.map((grammar) => grammar.path),
      ...manifest.contributes.snippets.map((snippet) => snippet.path),
      ...manifest.contributes.languages.flatMap((language) => (language.configuration ? [language.configuration] : [])),
      ...manifest.contributes.viewsContainers.activitybar.map((container) => container.icon),
    ];
    for (const path of referenced) {
      const inVsix = `extension/${path.replace(/^\.\//, '')}`;
      assert.ok(names.includes(inVsix), `${inVsix} is in the VSIX`);
    }
  });

  it('ships the documentation page of every rule (the "Show Rule Documentation" command opens it)', () => {
    const ruleIds = Object.keys(manifest.contributes.configuration.properties['twelveFactor.rules']?.properties ?? {});
    assert.ok(ruleIds.length >= 23, `rule ids in the manifest: ${ruleIds.length}`);
    const missing = ruleIds.filter((id) => !names.includes(`extension/docs/rules/${id}.md`));
    assert.deepEqual(missing, []);
  });

  it('has a marketplace-ready manifest and a 128×128 PNG icon', () => {
    assert.ok(manifest.publisher && manifest.displayName && manifest.description, 'publisher, displayName, description');
    assert.ok(manifest.categories?.includes('Linters'), 'category Linters');
    assert.ok((manifest.keywords?.length ?? 0) >= 3, 'keywords');
    const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
    assert.match(repository ?? '', /^https:\/\//, 'repository URL');
    assert.equal(manifest.license, 'MIT');
    const png = readFileSync(join(ROOT, manifest.icon!));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128], 'icon is 128×128');
    assert.ok(png.length < 64 * 1024, `icon is small (${png.length} bytes)`);
  });
});
