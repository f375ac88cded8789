// Inputs no linter should spend minutes on: huge files, binaries, minified bundles.
// They are skipped with one clear note instead of being parsed.

export const DEFAULT_MAX_FILE_BYTES = 1_000_000;

/** Longest line we still treat as hand-written code; bundles put whole programs on one line. */
const MINIFIED_LINE_LENGTH = 5_000;

export type SkipReason = { skip: false } | { skip: true; message: string };

export function checkInput(path: string, text: string, maxFileBytes: number = DEFAULT_MAX_FILE_BYTES): SkipReason {
  // String length is UTF-16 units; close enough to bytes for a guard, and avoids encoding a 10 MB string.
  if (text.length > maxFileBytes) {
    return { skip: true, message: `Skipped: the file is ${(text.length / 1_000_000).toFixed(1)} MB, over the ${(maxFileBytes / 1_000_000).toFixed(1)} MB limit (twelveFactor.maxFileSize / --max-file-size).` };
  }
  const head = text.slice(0, 8_192);
  if (head.includes('\u0000')) return { skip: true, message: 'Skipped: the file looks binary (it contains NUL bytes).' };
  if (/\.min\.[cm]?js$/.test(path)) return { skip: true, message: 'Skipped: minified bundle (*.min.js).' };
  if (/\.[cm]?[jt]sx?$/.test(path) && text.length > MINIFIED_LINE_LENGTH) {
    let lineStart = 0;
    for (;;) {
      const newline = text.indexOf('\n', lineStart);
      const lineEnd = newline === -1 ? text.length : newline;
      if (lineEnd - lineStart > MINIFIED_LINE_LENGTH && !looksLikeDataLiteral(text.slice(lineStart, Math.min(lineEnd, lineStart + 200)))) {
        return { skip: true, message: `Skipped: looks like a minified or generated bundle (a line of ${lineEnd - lineStart} characters).` };
      }
      if (newline === -1) break;
      lineStart = newline + 1;
    }
  }
  return { skip: false };
}

/** A long line that is one string literal (an embedded certificate, a data URL) is not a bundle. */
function looksLikeDataLiteral(lineHead: string): boolean {
  return /^\s*(export\s+)?(const|let|var)\s+\w+\s*=\s*['"`]/.test(lineHead);
}
