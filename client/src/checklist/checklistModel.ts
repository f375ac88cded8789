// Per-factor status from plain diagnostics and attestations. Pure (no `vscode`), so the
// unit tier tests it. Only the static factor data is imported from the engine: the
// checklist module is a list of constants, and the client must never bundle analysis code.
import { FACTORS, MANUAL_CHECKS } from '../../../server/src/engine/checklist';
import type { ChecklistState, FactorItem, FactorStatus, FindingItem, FolderItem, Severity, SeverityCounts } from './protocol';
import type { Attestations } from './attestationsYaml';

/** What the checklist needs of one diagnostic (the extension converts `vscode.Diagnostic`s). */
export interface ChecklistDiagnostic {
  id: string;
  ruleId: string;
  severity: Severity;
  message: string;
  location: string;
  /** 0-based, as in LSP. */
  line: number;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** Rule ids start with the factor's key (`config/hardcoded-secret` → factor III). */
export function factorOfRule(ruleId: string): number | undefined {
  const key = ruleId.split('/')[0];
  return FACTORS.find((info) => info.key === key)?.factor;
}

export function emptyCounts(): SeverityCounts {
  return { error: 0, warning: 0, information: 0, hint: 0 };
}

function toFindingItem(diagnostic: ChecklistDiagnostic): FindingItem {
  return { id: diagnostic.id, ruleId: diagnostic.ruleId, severity: diagnostic.severity, message: diagnostic.message, location: diagnostic.location, line: diagnostic.line + 1 };
}

function byImportance(a: FindingItem, b: FindingItem): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.location.localeCompare(b.location) || a.line - b.line;
}

export interface ChecklistInput {
  folders: FolderItem[];
  folder?: FolderItem;
  /** Diagnostics of the selected folder only. */
  diagnostics: readonly ChecklistDiagnostic[];
  attestations: Attestations;
  busy?: 'scan' | 'fixAll';
  attestationProblem?: string;
}

export function buildChecklistState(input: ChecklistInput): ChecklistState {
  const byFactor = new Map<number, FindingItem[]>();
  const other: FindingItem[] = [];
  for (const diagnostic of input.diagnostics) {
    const factor = factorOfRule(diagnostic.ruleId);
    const item = toFindingItem(diagnostic);
    if (factor === undefined) other.push(item);
    else byFactor.set(factor, [...(byFactor.get(factor) ?? []), item]);
  }
  const factors = FACTORS.map((info): FactorItem => {
    const findings = (byFactor.get(info.factor) ?? []).sort(byImportance);
    const counts = emptyCounts();
    for (const finding of findings) counts[finding.severity]++;
    const manualChecks = MANUAL_CHECKS.filter((check) => check.factor === info.factor).map((check) => {
      const attestation = input.attestations[check.id];
      return { id: check.id, question: check.question, done: attestation?.done === true, ...(attestation?.note ? { note: attestation.note } : {}) };
    });
    const status: FactorStatus = findings.length > 0 ? 'findings' : manualChecks.every((check) => check.done) ? 'clean' : 'needs-human';
    return { factor: info.factor, roman: info.roman, title: info.title, summary: info.summary, url: info.url, status, counts, findings, manualChecks };
  });
  return {
    folders: input.folders,
    ...(input.folder ? { folder: input.folder } : {}),
    factors,
    other: other.sort(byImportance),
    ...(input.busy ? { busy: input.busy } : {}),
    ...(input.attestationProblem ? { attestationProblem: input.attestationProblem } : {}),
  };
}
