// Findings and their fixes → LSP code actions and workspace edits. Pure: everything the
// mapping needs about the editor (URIs, open versions, client abilities) comes in as data.
import {
  CodeActionKind,
  CreateFile,
  TextDocumentEdit,
  type CodeAction,
  type Diagnostic,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { FileChange, FileKind, Finding, Fix, Range, TextEdit } from '../engine/types';
import { CONFIG_RULE_ID } from '../engine/ruleIds';
import { ClientCommands, FIX_ALL_KIND, ServerCommands, type SensitiveFixArguments } from './protocol';
import { hasSensitiveChange } from './sensitiveFix';

export interface EditTarget {
  /** URI to use for a path (the client's own URI when the file is open). */
  uriFor(path: string): string;
  /** The open document's version, or null when the file is not open. */
  versionFor(path: string): number | null;
  /** Client supports `documentChanges` (versioned edits). */
  documentChanges: boolean;
  /** Client supports the `create` resource operation. */
  createFiles: boolean;
  /** Client answers workspace/applyEdit (needed by fixes the server applies itself). */
  applyEdit: boolean;
}

function compareRanges(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character || a.end.line - b.end.line || a.end.character - b.end.character;
}

export function sameRange(a: Range, b: Range): boolean {
  return compareRanges(a, b) === 0;
}

/** Collapses the changes of several fixes into one change per file (creation first). */
export function mergeFileChanges(changes: readonly FileChange[]): FileChange[] {
  const byPath = new Map<string, FileChange>();
  for (const change of changes) {
    const existing = byPath.get(change.path);
    if (!existing) {
      byPath.set(change.path, { path: change.path, edits: [...change.edits], ...(change.createFile ? { createFile: true } : {}) });
      continue;
    }
    for (const edit of change.edits) {
      // Two fixes appending the same line to .env.example produce identical edits: keep one.
      if (!existing.edits.some((other) => sameRange(other.range, edit.range) && other.newText === edit.newText)) existing.edits.push(edit);
    }
    // When two fixes both create a file, both start from an empty text: keep one creation.
    if (change.createFile) existing.createFile = true;
  }
  return [...byPath.values()];
}

/**
 * Whether a fix can be expressed for this client: creating files needs resource operations,
 * except for a sensitive file, which the server writes itself after a workspace/applyEdit.
 */
export function canApply(fix: Fix, target: EditTarget): boolean {
  if (hasSensitiveChange(fix) && !target.applyEdit) return false;
  return target.createFiles || !fix.changes.some((change) => change.createFile && !change.sensitive);
}

export function fileChangesToWorkspaceEdit(changes: readonly FileChange[], target: EditTarget): WorkspaceEdit {
  // Last line of defence: whatever path a bug takes, a secret value is never put into an edit for the client.
  if (changes.some((change) => change.sensitive)) throw new Error('A change carrying a secret value cannot be sent as a workspace edit.');
  const merged = mergeFileChanges(changes);
  if (!target.documentChanges) {
    const byUri: Record<string, LspTextEdit[]> = {};
    for (const change of merged) byUri[target.uriFor(change.path)] = change.edits.map(toLspEdit);
    return { changes: byUri };
  }
  const documentChanges: Array<CreateFile | TextDocumentEdit> = [];
  for (const change of merged) {
    const uri = target.uriFor(change.path);
    // ignoreIfExists: if the file appeared since the analysis, the edits still insert at the top rather than failing the whole edit.
    if (change.createFile) documentChanges.push(CreateFile.create(uri, { ignoreIfExists: true }));
    const version = change.createFile ? null : target.versionFor(change.path);
    documentChanges.push(TextDocumentEdit.create({ uri, version }, change.edits.map(toLspEdit)));
  }
  return { documentChanges };
}

function toLspEdit(edit: TextEdit): LspTextEdit {
  return { range: edit.range, newText: edit.newText };
}

/**
 * A fix as a code action. A fix with a sensitive change carries no edit, only a command
 * that names the finding (`sensitive`): VS Code asks for code actions on every cursor move
 * and logs the answers with `trace.server: verbose`, so an edit holding the value would
 * leak it; the server applies such a fix itself on workspace/executeCommand.
 */
export function fixToCodeAction(fix: Fix, diagnostic: Diagnostic | undefined, target: EditTarget, sensitive?: SensitiveFixArguments): CodeAction {
  const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix };
  if (hasSensitiveChange(fix)) {
    if (!sensitive) throw new Error('A fix carrying a secret value needs the finding it belongs to.');
    action.command = { title: fix.title, command: ServerCommands.applySensitiveFix, arguments: [sensitive] };
  } else {
    action.edit = fileChangesToWorkspaceEdit(fix.changes, target);
  }
  if (diagnostic) action.diagnostics = [diagnostic];
  if (fix.isPreferred) action.isPreferred = true;
  return action;
}

// --- Suppression comments -------------------------------------------------------------

export type CommentStyle = 'slashes' | 'hash' | 'none';

/** JSON has no comments, and config problems are fixed in the config itself. */
export function commentStyleFor(kind: FileKind, ruleId: string): CommentStyle {
  if (ruleId === CONFIG_RULE_ID) return 'none';
  if (kind === 'script') return 'slashes';
  if (kind === 'yaml' || kind === 'envFile') return 'hash';
  return 'none';
}

const DIRECTIVE_PATTERN = /^(\s*)(\/\/|#)\s*twelve-factor-disable-next-line(\s+[^\n]*)?$/;

function lineAt(text: string, line: number): string {
  const lines = text.split('\n');
  return (lines[line] ?? '').replace(/\r$/, '');
}

/**
 * "Disable <rule> for this line": a `disable-next-line` comment above the finding's first
 * line, indented like it (what ESLint's extension does); an existing directive there gets
 * the id appended instead of a second comment.
 */
export function disableLineEdit(text: string, line: number, ruleId: string, style: CommentStyle): TextEdit | undefined {
  if (style === 'none') return undefined;
  const marker = style === 'slashes' ? '//' : '#';
  if (line > 0) {
    const previous = lineAt(text, line - 1);
    const existing = DIRECTIVE_PATTERN.exec(previous);
    if (existing && existing[2] === marker && (existing[3] ?? '').trim() !== '') {
      const ids = (existing[3] ?? '').split('--')[0]!.trim();
      if (ids.split(/[\s,]+/).includes(ruleId)) return undefined;
      const at = { line: line - 1, character: existing[0].indexOf(ids) + ids.length };
      return { range: { start: at, end: at }, newText: `, ${ruleId}` };
    }
  }
  const indent = /^[ \t]*/.exec(lineAt(text, line))?.[0] ?? '';
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: `${indent}${marker} twelve-factor-disable-next-line ${ruleId}${newline}` };
}

/** "Disable <rule> for this file": a file-level directive at the top (after a shebang). */
export function disableFileEdit(text: string, ruleId: string, style: CommentStyle): TextEdit | undefined {
  if (style === 'none') return undefined;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const line = text.startsWith('#!') ? 1 : 0;
  const at = { line, character: 0 };
  const comment = style === 'slashes' ? `/* twelve-factor-disable ${ruleId} */` : `# twelve-factor-disable ${ruleId}`;
  if (line === 1 && !text.includes('\n')) return { range: { start: { line: 0, character: text.length }, end: { line: 0, character: text.length } }, newText: `${newline}${comment}` };
  return { range: { start: at, end: at }, newText: `${comment}${newline}` };
}

export interface SuppressionContext {
  path: string;
  text: string;
  kind: FileKind;
  target: EditTarget;
}

export function suppressionActions(finding: Finding, diagnostic: Diagnostic, context: SuppressionContext): CodeAction[] {
  const style = commentStyleFor(context.kind, finding.ruleId);
  const actions: CodeAction[] = [];
  // An .env file's finding is about the whole file; a line directive there would read oddly.
  const lineEdit = context.kind === 'envFile' ? undefined : disableLineEdit(context.text, finding.range.start.line, finding.ruleId, style);
  if (lineEdit) {
    actions.push({
      title: `Disable ${finding.ruleId} for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: fileChangesToWorkspaceEdit([{ path: context.path, edits: [lineEdit] }], context.target),
    });
  }
  const fileEdit = disableFileEdit(context.text, finding.ruleId, style);
  if (fileEdit) {
    actions.push({
      title: `Disable ${finding.ruleId} for the entire file`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: fileChangesToWorkspaceEdit([{ path: context.path, edits: [fileEdit] }], context.target),
    });
  }
  return actions;
}

export function showDocumentationAction(ruleId: string, diagnostic: Diagnostic): CodeAction | undefined {
  if (ruleId === CONFIG_RULE_ID) return undefined;
  const title = `Show documentation for ${ruleId}`;
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: ClientCommands.showRuleDocs, arguments: [ruleId] } };
}

// --- Fix-all ----------------------------------------------------------------------------

interface Span {
  start: number;
  end: number;
}

function toSpan(range: Range): Span {
  // Lines are bounded far below 1e7 characters each in any file we analyse (input guards).
  return { start: range.start.line * 1e7 + range.start.character, end: range.end.line * 1e7 + range.end.character };
}

function overlaps(a: Span, b: Span): boolean {
  // An insertion conflicts only with a replacement around it; two insertions at one point
  // are applied in order (and identical ones are merged away).
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/**
 * The fixes fix-all may apply: only `safe` ones (never the secret move, which needs a
 * decision, and never one carrying a secret value, whatever its `safe` says), the preferred
 * one per finding, in document order, skipping any whose edits overlap an already chosen fix
 * in the same file.
 */
export function selectFixAllFixes(findings: readonly Finding[], target?: EditTarget): Fix[] {
  const ordered = [...findings].sort((a, b) => compareRanges(a.range, b.range));
  const chosen: Fix[] = [];
  const taken = new Map<string, Span[]>();
  for (const finding of ordered) {
    const safeFixes = finding.fixes.filter((fix) => fix.safe && !hasSensitiveChange(fix) && (!target || canApply(fix, target)));
    const fix = safeFixes.find((candidate) => candidate.isPreferred) ?? safeFixes[0];
    if (!fix) continue;
    const conflicts = fix.changes.some((change) =>
      change.edits.some((edit) => {
        const span = toSpan(edit.range);
        return (taken.get(change.path) ?? []).some((other) => overlaps(span, other));
      }),
    );
    if (conflicts) continue;
    chosen.push(fix);
    for (const change of fix.changes) {
      const list = taken.get(change.path) ?? [];
      for (const edit of change.edits) list.push(toSpan(edit.range));
      taken.set(change.path, list);
    }
  }
  return chosen;
}

export function fixAllAction(findings: readonly Finding[], target: EditTarget, kind: string = FIX_ALL_KIND): CodeAction | undefined {
  const fixes = selectFixAllFixes(findings, target);
  if (fixes.length === 0) return undefined;
  return {
    title: fixes.length === 1 ? `Fix 1 Twelve-Factor problem (${fixes[0]!.title})` : `Fix all ${fixes.length} safely fixable Twelve-Factor problems`,
    kind,
    edit: fileChangesToWorkspaceEdit(fixes.flatMap((fix) => fix.changes), target),
  };
}

/** The finding a diagnostic was made from: same rule, same range (first line as a fallback after edits moved it). */
export function findingForDiagnostic(findings: readonly Finding[], diagnostic: Diagnostic): Finding | undefined {
  const ruleId = String(diagnostic.code ?? '');
  const sameRule = findings.filter((finding) => finding.ruleId === ruleId);
  return sameRule.find((finding) => sameRange(finding.range, diagnostic.range)) ?? sameRule.find((finding) => finding.range.start.line === diagnostic.range.start.line);
}
