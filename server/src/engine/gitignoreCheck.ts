// Problems in a .gitignore that make git read a line differently from what it seems to say.
// The `ignore` package (which our facts and most Node tools use) silently drops such lines,
// and git matches them its own way (often: never), so a file the user believes ignored —
// a `.env` holding secrets — may be committed. Only lines whose meaning is lost are
// reported; style (ordering, redundancy, spacing git strips anyway) is not our business.
//
// The semantics follow git's dir.c (line reading, trailing-space trimming) and wildmatch.c
// (brackets, `**`), checked against `git check-ignore --no-index`. Pure: text in, problems out.
import { LineIndex } from './lineIndex';
import type { Note, Range } from './types';

export interface GitignoreProblem {
  range: Range;
  message: string;
}

/** More NUL bytes than this (and not UTF-16) means the file is not text at all. */
const BINARY_NUL_COUNT = 8;
/** A file with thousands of broken lines needs one fix, not thousands of diagnostics. */
const MAX_PROBLEMS = 100;
/** The POSIX classes wildmatch knows; any other `[:name:]` makes git drop the whole pattern. */
const CHARACTER_CLASSES = new Set(['alnum', 'alpha', 'blank', 'cntrl', 'digit', 'graph', 'lower', 'print', 'punct', 'space', 'upper', 'xdigit']);

/**
 * UTF-16 read as UTF-8 (what `echo node_modules > .gitignore` gives in Windows PowerShell 5):
 * a NUL after most ASCII characters. Git reads bytes, so none of the patterns apply.
 */
function looksUtf16(text: string): boolean {
  const head = text.slice(0, 512);
  if (head.startsWith('\ufffd\ufffd') && head.includes('\u0000')) return true;
  let nuls = 0;
  for (let i = 1; i < head.length; i += 2) if (head.charCodeAt(i) === 0) nuls++;
  return head.length >= 4 && nuls >= Math.floor(head.length / 2) * 0.8;
}

/** git's trim_trailing_spaces: unescaped trailing spaces go (tabs stay); a trailing backslash keeps them all. */
function trimTrailingSpaces(line: string): string {
  let lastSpace = -1;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === ' ') {
      if (lastSpace === -1) lastSpace = i;
    } else if (ch === '\\') {
      i++;
      if (i >= line.length) return line;
      lastSpace = -1;
    } else {
      lastSpace = -1;
    }
  }
  return lastSpace === -1 ? line : line.slice(0, lastSpace);
}

/** Code points for range bounds: a bracket range compares characters, and astral ones are two units. */
function codePointAt(text: string, index: number): { value: number; length: number } {
  const value = text.codePointAt(index) ?? 0;
  return { value, length: value > 0xffff ? 2 : 1 };
}

interface Located {
  start: number;
  end: number;
  message: string;
}

/**
 * Problems in one pattern (comments, blank lines and the leading `!` already removed).
 * Offsets are relative to the pattern.
 */
function patternProblems(pattern: string): Located[] {
  const problems: Located[] = [];
  // A slash before the end anchors the pattern to this folder: `*` then stops at folder
  // boundaries, and a `**` that is not a whole path segment no longer matches across them.
  const anchored = pattern.replace(/\/+$/, '').includes('/');
  let nextCloseFrom = -1;
  let nextClose = -1;
  const closingBracketFrom = (from: number): number => {
    // Cached: `[:` inside a class searches for the next `]`; keep pathological lines linear.
    if (from < nextCloseFrom || from > nextClose || nextCloseFrom === -1) {
      nextCloseFrom = from;
      nextClose = pattern.indexOf(']', from);
      if (nextClose === -1) nextClose = Number.MAX_SAFE_INTEGER;
    }
    return nextClose === Number.MAX_SAFE_INTEGER ? -1 : nextClose;
  };

  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === '\\') {
      if (i + 1 >= pattern.length) {
        problems.push({ start: i, end: i + 1, message: 'This pattern ends with a backslash that escapes nothing, so git never matches it. Remove the backslash (or write \\\\ for a literal one; a trailing space is escaped as "\\ ").' });
      }
      i += 2;
      continue;
    }
    if (ch === '[') {
      const outcome = bracketProblems(pattern, i, closingBracketFrom);
      problems.push(...outcome.problems);
      if (outcome.end === -1) break;
      i = outcome.end + 1;
      continue;
    }
    if (ch === '*') {
      let end = i;
      while (pattern[end] === '*') end++;
      if (end - i >= 2) {
        const atSegmentStart = i === 0 || pattern[i - 1] === '/';
        const atSegmentEnd = end === pattern.length || pattern[end] === '/';
        // Stars ending the pattern (`build/out**`) match the same as `*` would: a matched
        // folder takes its contents with it. Only stars with more after them lose depth.
        if (anchored && !(atSegmentStart && atSegmentEnd) && end < pattern.length) {
          problems.push({
            start: i,
            end,
            message: `"**" only matches across folders as a whole path segment ("**/x", "a/**/x", "a/**"). Here git reads it as "*", which stops at "/": write "${suggestedGlobstar(pattern, i, end)}" to match at any depth.`,
          });
        }
      }
      i = end;
      continue;
    }
    i++;
  }
  return problems;
}

/** `src/**.js` → `src/**\/*.js`; `a/**b/c` → `a/**\/*b/c`: the stars become a segment of their own. */
function suggestedGlobstar(pattern: string, start: number, end: number): string {
  const before = pattern.slice(0, start);
  const after = pattern.slice(end);
  const prefix = before === '' || before.endsWith('/') ? before : `${before}*/`;
  const suffix = after === '' || after.startsWith('/') ? after : `/*${after}`;
  return `${prefix}**${suffix}`;
}

/**
 * One bracket expression starting at `open`, read like wildmatch: a `]` right after `[` or
 * `[!`/`[^` is literal, `\` escapes, `a-z` is a range, `[:class:]` a class. Returns the
 * index of the closing `]`, or -1 when the pattern is lost from here on.
 */
function bracketProblems(pattern: string, open: number, closingBracketFrom: (from: number) => number): { end: number; problems: Located[] } {
  const problems: Located[] = [];
  const unclosed = (): { end: number; problems: Located[] } => ({
    end: -1,
    problems: [...problems, { start: open, end: pattern.length, message: 'This "[" never closes, so git never matches this pattern. Escape it as "\\[" for a literal bracket, or add the missing "]".' }],
  });
  let j = open + 1;
  const negated = pattern[j] === '!' || pattern[j] === '^';
  if (negated) j++;
  let first = true;
  /** The previous single character (a range's low end); undefined after a range or a class, as in wildmatch. */
  let previous: { value: number; start: number } | undefined;
  for (;;) {
    if (j >= pattern.length) return unclosed();
    const ch = pattern[j];
    if (ch === ']' && !first) return { end: j, problems };
    first = false;
    if (ch === '\\') {
      if (j + 1 >= pattern.length) return unclosed();
      const escaped = codePointAt(pattern, j + 1);
      previous = { value: escaped.value, start: j };
      j += 1 + escaped.length;
      continue;
    }
    if (ch === '-' && previous !== undefined && j + 1 < pattern.length && pattern[j + 1] !== ']') {
      let k = j + 1;
      if (pattern[k] === '\\') {
        k++;
        if (k >= pattern.length) return unclosed();
      }
      const high = codePointAt(pattern, k);
      const rangeEnd = k + high.length;
      if (high.value < previous.value) {
        const text = pattern.slice(previous.start, rangeEnd);
        const low = String.fromCodePoint(previous.value);
        problems.push({
          start: previous.start,
          end: rangeEnd,
          message: `The range "${text}" runs backwards: git ${negated ? 'excludes' : 'matches'} only "${low}" here, and tools using the "ignore" package drop the whole pattern. Write "${String.fromCodePoint(high.value)}-${low}".`,
        });
      }
      previous = undefined;
      j = rangeEnd;
      continue;
    }
    if (ch === '[' && pattern[j + 1] === ':') {
      const close = closingBracketFrom(j + 2);
      if (close === -1) return unclosed();
      if (pattern[close - 1] === ':' && close - 1 >= j + 2) {
        const name = pattern.slice(j + 2, close - 1);
        if (!CHARACTER_CLASSES.has(name)) {
          problems.push({ start: j, end: close + 1, message: `"[:${name}:]" is not a character class git knows, so git never matches this pattern. Use one of ${[...CHARACTER_CLASSES].join(', ')}.` });
          // wildmatch gives up on the whole pattern here: nothing after it matters.
          return { end: -1, problems };
        }
        previous = undefined;
        j = close + 1;
        continue;
      }
      // Not a class after all ("[:" without ":]"): the "[" is an ordinary member.
    }
    const member = codePointAt(pattern, j);
    previous = { value: member.value, start: j };
    j += member.length;
  }
}

function firstLineRange(index: LineIndex, text: string): Range {
  const newline = text.search(/[\r\n]/);
  return index.rangeOf(0, newline === -1 ? Math.min(text.length, 200) : Math.min(newline, 200));
}

/** Every problem git would have with this .gitignore text, located in the text as given. */
export function checkGitignore(text: string): GitignoreProblem[] {
  const index = new LineIndex(text);
  if (text.includes('\u0000')) {
    if (looksUtf16(text)) {
      return [{ range: firstLineRange(index, text), message: 'This .gitignore looks UTF-16 encoded (as PowerShell writes it). Git reads it as bytes, so none of its patterns apply: save it as UTF-8.' }];
    }
    let nuls = 0;
    for (let at = text.indexOf('\u0000'); at !== -1 && nuls <= BINARY_NUL_COUNT; at = text.indexOf('\u0000', at + 1)) nuls++;
    if (nuls > BINARY_NUL_COUNT) return [{ range: firstLineRange(index, text), message: 'This .gitignore holds binary data (NUL bytes): git cuts every pattern off at a NUL byte. Replace it with a text file.' }];
  }

  const problems: GitignoreProblem[] = [];
  let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (lineStart <= text.length && problems.length < MAX_PROBLEMS) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    let line = text.slice(lineStart, lineEnd);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    const nul = line.indexOf('\u0000');
    if (nul !== -1 && !line.startsWith('#')) {
      const kept = line.slice(0, nul);
      const outcome = kept.trim() === '' ? 'so it drops the whole line' : `so the pattern it uses is "${kept}"`;
      problems.push({ range: index.rangeOf(lineStart + nul, lineStart + line.length), message: `Git stops reading this line at the NUL byte, ${outcome}. Remove the NUL byte.` });
      line = kept;
    }
    if (line !== '' && !line.startsWith('#')) {
      let pattern = trimTrailingSpaces(line);
      let patternStart = lineStart;
      if (pattern.startsWith('!')) {
        pattern = pattern.slice(1);
        patternStart++;
      }
      const trailingTabs = /[\t\v\f]+$/.exec(pattern);
      if (trailingTabs && pattern[trailingTabs.index - 1] !== '\\') {
        problems.push({ range: index.rangeOf(patternStart + trailingTabs.index, patternStart + pattern.length), message: 'This pattern ends with a tab: git trims trailing spaces but keeps tabs, so the pattern only matches names ending in a tab. Remove it.' });
      }
      for (const problem of patternProblems(pattern)) problems.push({ range: index.rangeOf(patternStart + problem.start, patternStart + problem.end), message: problem.message });
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return problems.slice(0, MAX_PROBLEMS);
}

export const GITIGNORE_FILE_NAME = '.gitignore';

export function isGitignorePath(path: string): boolean {
  return path === GITIGNORE_FILE_NAME || path.endsWith(`/${GITIGNORE_FILE_NAME}`);
}

/**
 * The problems as located notes of kind `gitignore`: the editor shows them as warnings on the
 * file, the CLI on stderr and as SARIF notifications. Not findings: .gitignore is no factor's
 * rule, and the findings array is scored against a labelled corpus.
 */
export function gitignoreNotes(path: string, text: string): Note[] {
  return checkGitignore(text).map((problem) => ({ file: path, kind: 'gitignore', range: problem.range, message: problem.message }));
}
