// Findings → LSP diagnostics. Pure: no connection, testable on plain data.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Note, Severity } from '../engine/types';
import { DIAGNOSTIC_SOURCE, ruleDocsUrl, type TwelveFactorDiagnosticData } from './protocol';
import { CONFIG_RULE_ID } from '../engine/ruleIds';

const SEVERITY_MAP: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The code of a located syntax error in a file we check (package.json, YAML manifests). */
export const PARSE_ERROR_CODE = 'twelve-factor/parse-error';

/** The code of a problem in a .gitignore (see engine/gitignoreCheck.ts). */
export const GITIGNORE_PROBLEM_CODE = 'twelve-factor/gitignore';

export function toDiagnosticSeverity(severity: Severity): DiagnosticSeverity {
  return SEVERITY_MAP[severity];
}

export function findingToDiagnostic(finding: Finding, version: number | null): Diagnostic {
  const data: TwelveFactorDiagnosticData = { ruleId: finding.ruleId, factor: finding.factor, version, fixCount: finding.fixes.length };
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: toDiagnosticSeverity(finding.severity),
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    message: finding.message,
    data,
  };
  // Problems in .twelve-factor.yml have no rule page of their own.
  if (finding.ruleId !== CONFIG_RULE_ID) diagnostic.codeDescription = { href: ruleDocsUrl(finding.ruleId) };
  return diagnostic;
}

/**
 * Notes worth showing in the editor: a skipped file (too big, binary, minified, nested too
 * deeply) or one that could not be read is otherwise a silent gap — one information
 * diagnostic on the first line. A located syntax error in package.json or a YAML manifest is
 * a warning at its place: our checks of that file are incomplete there. Script syntax
 * errors carry no location and are left to TypeScript, which underlines them as the user
 * types; a rule that failed is logged, not shown. A .gitignore problem is a warning on its line.
 */
export function noteToDiagnostic(note: Note): Diagnostic | undefined {
  if (note.kind === 'parse-error') {
    if (!note.range) return undefined;
    return { range: note.range, severity: DiagnosticSeverity.Warning, source: DIAGNOSTIC_SOURCE, code: PARSE_ERROR_CODE, message: note.message };
  }
  // A .gitignore line git reads differently from how it looks: a file meant to be ignored may get committed.
  if (note.kind === 'gitignore' && note.range) {
    return { range: note.range, severity: DiagnosticSeverity.Warning, source: DIAGNOSTIC_SOURCE, code: GITIGNORE_PROBLEM_CODE, message: note.message };
  }
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: `twelve-factor/${note.kind}`,
    message: note.message,
  };
}

export function analysisToDiagnostics(findings: readonly Finding[], notes: readonly Note[], version: number | null): Diagnostic[] {
  const diagnostics = findings.map((finding) => findingToDiagnostic(finding, version));
  for (const note of notes) {
    const diagnostic = noteToDiagnostic(note);
    if (diagnostic) diagnostics.push(diagnostic);
  }
  return diagnostics;
}

export function isTwelveFactorDiagnostic(diagnostic: Diagnostic): boolean {
  return diagnostic.source === DIAGNOSTIC_SOURCE && typeof diagnostic.code === 'string';
}
