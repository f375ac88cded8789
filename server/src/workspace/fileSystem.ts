import * as fs from 'node:fs';

/** The little the workspace index needs from a file system; tests use an in-memory one. */
export interface FileSystemView {
  readText(path: string): string | undefined;
  exists(path: string): boolean;
  /** Entry names of a directory; empty when missing. */
  listDir(path: string): string[];
  isDirectory(path: string): boolean;
}

export const diskFileSystem: FileSystemView = {
  readText(path) {
    try {
      return fs.readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  exists(path) {
    return fs.existsSync(path);
  },
  listDir(path) {
    try {
      return fs.readdirSync(path);
    } catch {
      return [];
    }
  },
  isDirectory(path) {
    try {
      return fs.statSync(path).isDirectory();
    } catch {
      return false;
    }
  },
};

/** An in-memory tree keyed by absolute path, for tests and fixtures. */
export class MemoryFileSystem implements FileSystemView {
  readonly files = new Map<string, string>();

  constructor(files: Record<string, string> = {}) {
    for (const [path, text] of Object.entries(files)) this.files.set(path, text);
  }

  readText(path: string): string | undefined {
    return this.files.get(path);
  }

  exists(path: string): boolean {
    return this.files.has(path) || this.isDirectory(path);
  }

  isDirectory(path: string): boolean {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    for (const file of this.files.keys()) if (file.startsWith(prefix)) return true;
    return false;
  }

  listDir(path: string): string[] {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    const names = new Set<string>();
    for (const file of this.files.keys()) {
      if (file.startsWith(prefix)) names.add(file.slice(prefix.length).split('/')[0]!);
    }
    return [...names];
  }
}
