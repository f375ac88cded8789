// The TextMate grammars as VS Code loads them: the grammar contributions in package.json (with
// the injection's injectTo), run by vscode-tmgrammar-test (vscode-textmate + oniguruma WASM) on
// the annotated samples in test/grammars/. Host grammars for TS/JS/YAML/shell come from the
// tm-grammars package, the same grammars VS Code ships, so the directive injection is proven
// inside real comment scopes. The negative cases prove that a wrong assertion or a missing
// injection really makes the runner fail.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SAMPLES_DIR = join(ROOT, 'test', 'grammars');
const INJECTION_SCOPE = 'twelve-factor.directives.injection';
const INJECTION_TARGETS = ['source.js', 'source.ts', 'source.tsx', 'source.js.jsx', 'source.yaml', 'source.dotenv'];

/** Grammars the samples embed or inject into; VS Code provides them, the test borrows tm-grammars' copies. */
const HOST_GRAMMAR_FILES: Record<string, string> = {
  'source.ts': 'typescript.json',
  'source.tsx': 'tsx.json',
  'source.js': 'javascript.json',
  'source.js.jsx': 'jsx.json',
  'source.yaml': 'yaml.json',
  'source.shell': 'shellscript.json',
};

interface GrammarContribution {
  language?: string;
  scopeName: string;
  path: string;
  injectTo?: string[];
  embeddedLanguages?: Record<string, string>;
}

interface LanguageContribution {
  id: string;
  filenames?: string[];
  filenamePatterns?: string[];
  configuration?: string;
}

interface ExtensionManifest {
  contributes?: { grammars?: GrammarContribution[]; languages?: LanguageContribution[] };
}

interface RunResult {
  status: number | null;
  output: string;
}

function readManifest(): ExtensionManifest {
  return JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as ExtensionManifest;
}

function contributedGrammars(): GrammarContribution[] {
  return readManifest().contributes?.grammars ?? [];
}

function hostGrammars(): GrammarContribution[] {
  return Object.entries(HOST_GRAMMAR_FILES).map(([scopeName, file]) => ({ scopeName, path: require.resolve(`tm-grammars/grammars/${file}`) }));
}

/**
 * Writes a runner configuration (package.json-shaped) into `dir`. The runner joins each path
 * onto the configuration's folder, so absolute paths are made relative to it.
 */
function writeRunnerConfig(dir: string, grammars: GrammarContribution[]): string {
  const configPath = join(dir, 'grammar-test.config.json');
  const grammarsFromDir = grammars.map((grammar) => ({ ...grammar, path: relative(dir, resolve(ROOT, grammar.path)) }));
  writeFileSync(configPath, JSON.stringify({ contributes: { grammars: grammarsFromDir } }, null, 2));
  return configPath;
}

function runnerCliPath(): string {
  const packageJsonPath = require.resolve('vscode-tmgrammar-test/package.json');
  const manifest = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { bin: Record<string, string> };
  const unitTestBin = manifest.bin['vscode-tmgrammar-test'];
  assert.ok(unitTestBin, 'vscode-tmgrammar-test declares its unit test bin');
  return join(dirname(packageJsonPath), unitTestBin);
}

function runGrammarTests(configPath: string, sampleFiles: string[]): RunResult {
  // The runner expands its arguments as globs; sample paths hold no glob characters.
  const result = spawnSync(process.execPath, [runnerCliPath(), '--config', configPath, ...sampleFiles], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function samplePaths(): string[] {
  return readdirSync(SAMPLES_DIR)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => join(SAMPLES_DIR, name));
}

describe('TextMate grammars', () => {
  let workDir: string;
  let fullConfig: string;

  before(() => {
    workDir = mkdtempSync(join(tmpdir(), 'tf-grammars-'));
    fullConfig = writeRunnerConfig(workDir, [...contributedGrammars(), ...hostGrammars()]);
  });

  after(() => rmSync(workDir, { recursive: true, force: true }));

  it('are contributed in package.json with existing files, and the injection reaches every language it supports', () => {
    const grammars = contributedGrammars();
    const byScope = new Map(grammars.map((grammar) => [grammar.scopeName, grammar]));
    assert.equal(byScope.get('source.dotenv')?.language, 'dotenv');
    assert.equal(byScope.get('source.procfile')?.language, 'procfile');
    assert.deepEqual([...(byScope.get(INJECTION_SCOPE)?.injectTo ?? [])].sort(), [...INJECTION_TARGETS].sort());
    for (const grammar of grammars) {
      const grammarPath = join(ROOT, grammar.path);
      assert.ok(existsSync(grammarPath), `${grammar.path} exists`);
      const declared = JSON.parse(readFileSync(grammarPath, 'utf8')) as { scopeName?: string };
      assert.equal(declared.scopeName, grammar.scopeName, `${grammar.path} declares the contributed scope name`);
    }
    const languages = readManifest().contributes?.languages ?? [];
    for (const id of ['dotenv', 'procfile']) {
      const language = languages.find((candidate) => candidate.id === id);
      assert.ok(language?.configuration, `language ${id} has a language configuration`);
      assert.ok(existsSync(join(ROOT, language.configuration)), `${language.configuration} exists`);
    }
  });

  it('pass every assertion in the annotated samples (dotenv, Procfile, directives in TS/JS/JSX/YAML/dotenv)', () => {
    const samples = samplePaths();
    assert.ok(samples.length >= 6, 'the samples are found');
    const { status, output } = runGrammarTests(fullConfig, samples);
    assert.equal(status, 0, output);
    // Every sample ran (none skipped as unparseable) and no embedded or injected grammar was missing.
    for (const sample of samples) assert.ok(output.includes(`✓ ${sample} run successfuly`), `${basename(sample)} ran and passed\n${output}`);
    assert.doesNotMatch(output, /grammar not found/i);
  });

  it('fails on a deliberately wrong sample: a missing required scope and a present prohibited scope', () => {
    const wrongSample = join(workDir, 'wrong.env');
    writeFileSync(
      wrongSample,
      [
        '# SYNTAX TEST "source.dotenv" "deliberately wrong assertions"',
        'PORT=3000',
        '# <---- string.unquoted.dotenv',
        'HOST=0.0.0.0',
        '#    ^^^^^^^ - string.unquoted.dotenv',
        '',
      ].join('\n'),
    );
    const { status, output } = runGrammarTests(fullConfig, [wrongSample]);
    assert.notEqual(status, 0, output);
    assert.match(output, /missing required scopes: string\.unquoted\.dotenv/);
    assert.match(output, /prohibited scopes: string\.unquoted\.dotenv/);
  });

  it('fails on the directive samples when the injection grammar is not registered', () => {
    const dir = mkdtempSync(join(workDir, 'without-injection-'));
    const config = writeRunnerConfig(
      dir,
      [...contributedGrammars(), ...hostGrammars()].filter((grammar) => grammar.scopeName !== INJECTION_SCOPE),
    );
    const { status, output } = runGrammarTests(config, [join(SAMPLES_DIR, 'directives.test.ts')]);
    assert.notEqual(status, 0, output);
    assert.match(output, /missing required scopes: .*keyword\.control\.directive\.twelve-factor/);
  });
});
