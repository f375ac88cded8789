import { MemoryFileSystem } from '../../server/src/workspace/fileSystem';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { handlesShutdown } from '../../server/src/engine/facts/shutdown';
import { isScriptPath } from '../../server/src/engine/fileKinds';

export const WORKSPACE_ROOT = '/ws';

/** A small, well-behaved default project: declared manifest, lockfile, .env ignored, a git repo. */
export const DEFAULT_FILES: Record<string, string> = {
  '/ws/.git/HEAD': 'ref: refs/heads/main\n',
  '/ws/package.json': '{\n  "name": "app",\n  "version": "1.0.0",\n  "dependencies": {}\n}\n',
  '/ws/package-lock.json': '{}\n',
  '/ws/.gitignore': 'node_modules/\n.env\n',
};

/**
 * Builds workspace facts from in-memory files, the same way the CLI builds them from disk.
 * `files` replaces or adds to DEFAULT_FILES; a value of null removes a default file.
 */
export function memoryWorkspace(files: Record<string, string | null> = {}): { facts: WorkspaceIndex; fs: MemoryFileSystem } {
  const merged: Record<string, string> = { ...DEFAULT_FILES };
  for (const [path, text] of Object.entries(files)) {
    if (text === null) delete merged[path];
    else merged[path] = text;
  }
  const fs = new MemoryFileSystem(merged);
  const facts = new WorkspaceIndex(WORKSPACE_ROOT, fs);
  for (const [path, text] of Object.entries(merged)) {
    if (path.endsWith('/package.json')) facts.addKnownManifest(path);
    if (isScriptPath(path)) facts.setHandlesShutdown(path, handlesShutdown(path, text));
  }
  return { facts, fs };
}
