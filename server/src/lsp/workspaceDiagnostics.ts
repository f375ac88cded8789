// What the workspace scan found, per file, with result ids for `workspace/diagnostic`.
// Only LSP diagnostics are kept (no ASTs, no fixes): code actions recompute from the text.
import { DocumentDiagnosticReportKind, type CancellationToken, type Diagnostic, type WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver';

interface StoredReport {
  uri: string;
  resultId: string;
  diagnostics: Diagnostic[];
  /** Serialised diagnostics, to tell a real change from a re-analysis with the same outcome. */
  signature: string;
  /** The client may hold diagnostics for this file, so an empty result must still be sent. */
  everReported: boolean;
}

export class WorkspaceDiagnosticsStore {
  private readonly reports = new Map<string, StoredReport>();
  private readonly waiters = new Set<() => void>();
  private nextResultId = 1;

  /** Records a file's diagnostics; returns true when they differ from what was stored. */
  set(path: string, uri: string, diagnostics: Diagnostic[]): boolean {
    const signature = diagnostics.length === 0 ? '' : JSON.stringify(diagnostics);
    const existing = this.reports.get(path);
    if (existing && existing.signature === signature) return false;
    if (!existing && diagnostics.length === 0) return false;
    this.reports.set(path, {
      uri,
      resultId: String(this.nextResultId++),
      diagnostics,
      signature,
      everReported: existing?.everReported === true || diagnostics.length > 0,
    });
    this.notify();
    return true;
  }

  /** The file is gone or excluded: clear what the client was told. */
  clear(path: string): void {
    const existing = this.reports.get(path);
    if (existing) this.set(path, existing.uri, []);
  }

  paths(): string[] {
    return [...this.reports.keys()];
  }

  get(path: string): Diagnostic[] | undefined {
    return this.reports.get(path)?.diagnostics;
  }

  /** Total diagnostics held (for logs and the memory benchmark). */
  get size(): number {
    let total = 0;
    for (const report of this.reports.values()) total += report.diagnostics.length;
    return total;
  }

  /**
   * Full reports for every file whose result id differs from what the client last saw
   * (`known`: path → result id). Files the client never heard of and that have nothing to
   * say are left out.
   */
  reportsSince(known: Map<string, string>, skip: (path: string) => boolean): WorkspaceDocumentDiagnosticReport[] {
    const reports: WorkspaceDocumentDiagnosticReport[] = [];
    for (const [path, report] of this.reports) {
      if (skip(path) || known.get(path) === report.resultId) continue;
      if (report.diagnostics.length === 0 && !report.everReported) continue;
      reports.push({ kind: DocumentDiagnosticReportKind.Full, uri: report.uri, version: null, resultId: report.resultId, items: report.diagnostics });
      known.set(path, report.resultId);
    }
    return reports;
  }

  private notify(): void {
    const waiters = [...this.waiters];
    this.waiters.clear();
    for (const wake of waiters) wake();
  }

  /** Wakes every long-polling `workspace/diagnostic` request (scan finished, settings changed…). */
  poke(): void {
    this.notify();
  }

  /** Resolves at the next change ('changed'), on cancellation, or after `timeoutMs` ('timeout'). */
  waitForChange(token: CancellationToken, timeoutMs: number): Promise<'changed' | 'timeout' | 'cancelled'> {
    return new Promise((resolve) => {
      if (token.isCancellationRequested) {
        resolve('cancelled');
        return;
      }
      const finish = (outcome: 'changed' | 'timeout' | 'cancelled') => {
        clearTimeout(timer);
        subscription.dispose();
        this.waiters.delete(wake);
        resolve(outcome);
      };
      const wake = () => finish('changed');
      const timer = setTimeout(() => finish('timeout'), timeoutMs);
      const subscription = token.onCancellationRequested(() => finish('cancelled'));
      this.waiters.add(wake);
    });
  }
}
