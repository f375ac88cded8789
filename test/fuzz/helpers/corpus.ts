// The seed files the fuzzers mutate: the example services and the test fixtures — real
// TypeScript, JavaScript, YAML, package.json and .env files that exercise every rule.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Project } from '../../../server/src/workspace/project';

export const REPO_ROOT = join(__dirname, '..', '..', '..');

/** Workspace roots whose files seed the fuzzers (each is a Project root of its own). */
export const SEED_ROOTS = ['examples/legacy-shop-api', 'examples/clean-service', 'test/lsp/fixtures/app', 'test/e2e/fixtures/app'].map((root) => join(REPO_ROOT, root));

export interface SeedFile {
  root: string;
  path: string;
  /** Relative to its root, for messages and for writing copies into a temp workspace. */
  relativePath: string;
  bytes: Buffer;
}

function walk(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === '.git') continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) found.push(...walk(path));
    else found.push(path);
  }
  return found;
}

export function seedFiles(): SeedFile[] {
  const seeds: SeedFile[] = [];
  for (const root of SEED_ROOTS) {
    for (const path of walk(root).sort()) {
      if (!Project.isAnalysable(path)) continue;
      seeds.push({ root, path, relativePath: relative(root, path), bytes: readFileSync(path) });
    }
  }
  return seeds;
}

/** What the CLI does to bytes it reads: UTF-8 decoding (invalid bytes become U+FFFD) and one BOM stripped. */
export function decodeLikeTheCli(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
