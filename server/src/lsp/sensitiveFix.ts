// Pure helpers for the one fix the server applies itself: "keep the secret value in the
// git-ignored .env". Its `.env` change holds the value, so it never travels over LSP; the
// code action only names the finding (SensitiveFixArguments) and the server recomputes
// the fix, then writes that change to disk (see TwelveFactorLanguageServer.applySensitiveFix).
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FileChange, Fix, Range } from '../engine/types';
import type { SensitiveFixArguments } from './protocol';

/** The fix writes a secret value somewhere (see FileChange.sensitive): it may not travel as a plain edit, the server applies it. */
export function hasSensitiveChange(fix: Fix): boolean {
  return fix.changes.some((change) => change.sensitive === true);
}

function isPosition(value: unknown): value is Range['start'] {
  if (typeof value !== 'object' || value === null) return false;
  const { line, character } = value as Record<string, unknown>;
  return Number.isInteger(line) && Number.isInteger(character) && (line as number) >= 0 && (character as number) >= 0;
}

function isRange(value: unknown): value is Range {
  if (typeof value !== 'object' || value === null) return false;
  const { start, end } = value as Record<string, unknown>;
  return isPosition(start) && isPosition(end);
}

/** The command's argument as the client sent it back, checked (it crossed a process boundary). */
export function parseSensitiveFixArguments(value: unknown): SensitiveFixArguments | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { uri, version, range, ruleId, fixIndex } = value as Record<string, unknown>;
  if (typeof uri !== 'string' || typeof ruleId !== 'string' || !isRange(range)) return undefined;
  if (version !== null && !Number.isInteger(version)) return undefined;
  if (!Number.isInteger(fixIndex) || (fixIndex as number) < 0) return undefined;
  return { uri, version: version as number | null, range: { start: { ...range.start }, end: { ...range.end } }, ruleId, fixIndex: fixIndex as number };
}

/** The fix's changes split into what may go to the editor and what the server must write itself. */
export interface SplitFix {
  /** Value-carrying changes (the `.env` line): written to disk by the server, never sent. */
  sensitive: FileChange[];
  /** Changes to other files (.gitignore, .env.example): applied before the value is written. */
  guards: FileChange[];
  /** Changes to the analysed file (the literal → process.env.NAME): applied last, so the literal stays until the value is safe in .env. */
  source: FileChange[];
}

export function splitSensitiveFix(fix: Fix, analysedPath: string): SplitFix {
  const split: SplitFix = { sensitive: [], guards: [], source: [] };
  for (const change of fix.changes) {
    if (change.sensitive) split.sensitive.push(change);
    else if (change.path === analysedPath) split.source.push(change);
    else split.guards.push(change);
  }
  return split;
}

/**
 * The new text of a sensitive file: its edits applied to `currentText` (undefined when the
 * file does not exist, which the change must then expect). Returns undefined when the change
 * was computed for another text (the file changed since the analysis).
 */
export function sensitiveFileText(change: FileChange, currentText: string | undefined, analysedText: string | undefined): string | undefined {
  if (currentText !== analysedText) return undefined;
  if (currentText === undefined && !change.createFile) return undefined;
  const document = TextDocument.create('file:///sensitive', 'plaintext', 0, currentText ?? '');
  return TextDocument.applyEdits(document, change.edits);
}
