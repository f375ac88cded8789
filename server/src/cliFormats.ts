// Output formats of the CLI: ESLint-like text, a JSON array (the catalog's contract) and SARIF 2.1.0.
import { posix } from 'node:path';
import { ruleRegistry } from './engine/onDemand';
import { factorInfo } from './engine/checklist';
import { ruleDocUrl, REPOSITORY_URL } from './engine/docsLinks';
import type { Finding, Note, Severity } from './engine/types';

/** A finding as the CLI reports it: whether it has a fix, not the fix (edits may carry a secret for `.env`). */
export type CliFinding = Omit<Finding, 'fixes'> & { fixable: boolean };

/** Code-unit order: the same on every machine (localeCompare follows the locale, and its first call loads ICU's collation data, ~9 ms of a cached run). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function toCliFinding({ fixes, ...finding }: Finding): CliFinding {
  return { ...finding, fixable: fixes.length > 0 };
}

export interface CliResult {
  findings: CliFinding[];
  notes: Note[];
  /** Paths in every output are relative to this folder. */
  cwd: string;
}

function relative(result: CliResult, path: string): string {
  const relativePath = posix.relative(result.cwd, path);
  return relativePath === '' ? path : relativePath;
}

function factorLabel(factor: number): string {
  const info = factorInfo(factor);
  return info ? `factor ${info.roman} ${info.title}` : 'configuration';
}

export function formatJson(result: CliResult): string {
  const rows = result.findings.map((finding) => ({
    file: relative(result, finding.file),
    ruleId: finding.ruleId,
    factor: finding.factor,
    severity: finding.severity,
    range: finding.range,
    message: finding.message,
    fixable: finding.fixable,
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

const COLORS: Record<Severity | 'dim' | 'underline' | 'reset', string> = {
  error: '\u001b[31m',
  warning: '\u001b[33m',
  information: '\u001b[36m',
  hint: '\u001b[90m',
  dim: '\u001b[2m',
  underline: '\u001b[4m',
  reset: '\u001b[0m',
};

/** ESLint's "stylish" layout: a file header, then `line:col  severity  message  rule-id (factor)`. */
export function formatText(result: CliResult, color: boolean): string {
  const paint = (style: keyof typeof COLORS, text: string) => (color ? `${COLORS[style]}${text}${COLORS.reset}` : text);
  const lines: string[] = [];
  const byFile = new Map<string, CliFinding[]>();
  for (const finding of result.findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  for (const [file, findings] of byFile) {
    lines.push('');
    for (const finding of findings) {
      const position = `${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
      const severity = finding.severity === 'information' ? 'info' : finding.severity;
      lines.push(`  ${relative(result, file)}:${position}  ${paint(finding.severity, severity.padEnd(7))}  ${finding.message}  ${paint('dim', `${finding.ruleId} (${factorLabel(finding.factor)})`)}`);
    }
  }
  for (const note of result.notes) {
    const position = note.range ? `:${note.range.start.line + 1}:${note.range.start.character + 1}` : '';
    lines.push(paint('dim', `note: ${relative(result, note.file)}${position}: ${note.message}`));
  }
  const count = (severity: Severity) => result.findings.filter((finding) => finding.severity === severity).length;
  const total = result.findings.length;
  const fixable = result.findings.filter((finding) => finding.fixable).length;
  lines.push('');
  if (total === 0) lines.push('No twelve-factor problems found.');
  else {
    lines.push(paint(count('error') > 0 ? 'error' : 'warning', `✖ ${total} problem${total === 1 ? '' : 's'} (${count('error')} error${count('error') === 1 ? '' : 's'}, ${count('warning')} warning${count('warning') === 1 ? '' : 's'}, ${count('information') + count('hint')} info)`));
    if (fixable > 0) lines.push(`  ${fixable} of them can be fixed in the editor with a quick fix (Twelve-Factor Guide extension).`);
  }
  return `${lines.join('\n')}\n`;
}

function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** SARIF 2.1.0 as GitHub code scanning expects it: rule metadata with help links, 1-based regions, relative URIs. */
export function formatSarif(result: CliResult, version: string): string {
  const rules = ruleRegistry().ALL_RULES;
  const ruleIndex = new Map(rules.map((rule, index) => [rule.meta.id, index]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'twelve-factor',
            fullName: 'Twelve-Factor Guide',
            version,
            semanticVersion: version,
            informationUri: REPOSITORY_URL,
            rules: rules.map((rule) => {
              const factor = factorInfo(rule.meta.factor);
              return {
                id: rule.meta.id,
                name: rule.meta.id.split('/')[1]!.replace(/-(\w)/g, (_match, letter: string) => letter.toUpperCase()).replace(/^\w/, (letter) => letter.toUpperCase()),
                shortDescription: { text: rule.meta.title },
                fullDescription: { text: rule.meta.description },
                helpUri: ruleDocUrl(rule.meta.id),
                help: { text: `${rule.meta.description} See ${ruleDocUrl(rule.meta.id)}`, markdown: `${rule.meta.description}\n\n[Rule documentation](${ruleDocUrl(rule.meta.id)}) · [Factor ${factor?.roman}: ${factor?.title}](${factor?.url})` },
                defaultConfiguration: { level: sarifLevel(rule.meta.defaultSeverity) },
                properties: { tags: ['twelve-factor', `factor-${factor?.roman}`, factor?.key ?? ''], ...(rule.meta.id === 'config/hardcoded-secret' ? { 'security-severity': '8.0' } : {}) },
              };
            }),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `file://${result.cwd.endsWith('/') ? result.cwd : `${result.cwd}/`}` } },
        results: result.findings.map((finding) => ({
          ruleId: finding.ruleId,
          ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
          level: sarifLevel(finding.severity),
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(relative(result, finding.file)), uriBaseId: '%SRCROOT%' },
                region: {
                  startLine: finding.range.start.line + 1,
                  startColumn: finding.range.start.character + 1,
                  endLine: finding.range.end.line + 1,
                  endColumn: finding.range.end.character + 1,
                },
              },
            },
          ],
          properties: { factor: finding.factor, fixable: finding.fixable },
        })),
        invocations: [
          {
            executionSuccessful: !result.notes.some((note) => note.kind === 'read-error'),
            toolExecutionNotifications: result.notes.map((note) => ({
              // A broken .gitignore line can get a secret committed: worth more than a note.
              level: note.kind === 'read-error' ? 'error' : note.kind === 'gitignore' ? 'warning' : 'note',
              message: { text: note.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: encodeURI(relative(result, note.file)), uriBaseId: '%SRCROOT%' },
                    // A located note (a JSON/YAML syntax error) points at its place, 1-based like results.
                    ...(note.range
                      ? { region: { startLine: note.range.start.line + 1, startColumn: note.range.start.character + 1, endLine: note.range.end.line + 1, endColumn: note.range.end.character + 1 } }
                      : {}),
                  },
                },
              ],
            })),
          },
        ],
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
