// Paths are what the engine speaks (absolute, forward slashes); URIs are what LSP speaks.
// Open documents keep the exact URI string the client sent, so edits target the same resource.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { normalizePath } from '../engine/fileKinds';

/** The engine path for a URI; non-file URIs (untitled:, vscode-vfs:) keep their path part. */
export function uriToPath(uri: string): string {
  if (uri.startsWith('file:')) {
    try {
      return normalizePath(fileURLToPath(uri));
    } catch {
      // Malformed file URI: fall through to the generic parse.
    }
  }
  try {
    return normalizePath(decodeURIComponent(new URL(uri).pathname));
  } catch {
    return uri;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

export function isFileUri(uri: string): boolean {
  return uri.startsWith('file:');
}
