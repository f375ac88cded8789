// A RuleTester in the spirit of ESLint's: valid cases must produce no finding of the rule,
// invalid cases must produce exactly the listed findings (exact ranges), and where a fix is
// expected, the text after applying it must match and still parse.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as ts from 'typescript';
import { parseAllDocuments } from 'yaml';
import { analyzeFile } from '../../server/src/engine/analyze';
import type { Finding, Rule, Severity } from '../../server/src/engine/types';
import { memoryWorkspace, WORKSPACE_ROOT } from './memoryWorkspace';
import { applyEdits } from './applyEdits';

export interface TestCase {
  /** The file's text. */
  code: string;
  /** Path inside the workspace (default src/index.ts). */
  filename?: string;
  /** Other workspace files, by path relative to the workspace root; null removes a default. */
  files?: Record<string, string | null>;
  /** A name for the test; defaults to the first line of code. */
  name?: string;
}

export interface ExpectedFinding {
  /** [startLine, startCharacter, endLine, endCharacter], 0-based as in LSP. */
  range?: [number, number, number, number];
  /** The exact source text the finding covers (an alternative or complement to range). */
  text?: string;
  message?: RegExp | string;
  severity?: Severity;
}

export interface InvalidCase extends TestCase {
  errors: ExpectedFinding[];
  /** Text of the analysed file after applying the first fix of the first finding. */
  output?: string;
  /** Which fix of the first finding to apply (default 0). */
  fixIndex?: number;
  /** Expected text of other files after the fix, by path relative to the workspace root. */
  outputFiles?: Record<string, string>;
}

function absolute(relativePath: string): string {
  return `${WORKSPACE_ROOT}/${relativePath.replace(/^\//, '')}`;
}

function caseName(testCase: TestCase): string {
  return testCase.name ?? `${testCase.filename ?? 'src/index.ts'}: ${testCase.code.trim().split('\n')[0]!.slice(0, 70)}`;
}

async function run(rule: Rule, testCase: TestCase): Promise<{ findings: Finding[]; path: string; facts: ReturnType<typeof memoryWorkspace>['facts'] }> {
  const path = absolute(testCase.filename ?? 'src/index.ts');
  const files: Record<string, string | null> = {};
  for (const [relative, text] of Object.entries(testCase.files ?? {})) files[absolute(relative)] = text;
  files[path] = testCase.code;
  const { facts } = memoryWorkspace(files);
  const result = await analyzeFile(path, testCase.code, facts, { rules: [rule] });
  assert.deepEqual(result.notes.filter((note) => note.message.startsWith('Rule ')), [], 'the rule threw while checking this file');
  return { findings: result.findings.filter((finding) => finding.ruleId === rule.meta.id), path, facts };
}

function textOfRange(code: string, finding: Finding): string {
  const lines = code.split(/\r?\n/);
  const { start, end } = finding.range;
  if (start.line === end.line) return lines[start.line]!.slice(start.character, end.character);
  return [lines[start.line]!.slice(start.character), ...lines.slice(start.line + 1, end.line), lines[end.line]!.slice(0, end.character)].join('\n');
}

export function assertParses(path: string, text: string): void {
  if (/\.(ya?ml)$/.test(path)) {
    const errors = parseAllDocuments(text).flatMap((document) => ('errors' in document ? document.errors : []));
    assert.equal(errors.length, 0, `fixed YAML must parse: ${errors[0]?.message}`);
    return;
  }
  if (path.endsWith('.json')) {
    assert.doesNotThrow(() => JSON.parse(text), `fixed JSON must parse:\n${text}`);
    return;
  }
  if (!/\.[cm]?[jt]sx?$/.test(path)) return;
  const sourceFile = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const diagnostics = (sourceFile as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  assert.equal(diagnostics.length, 0, `fixed code must parse: ${diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ')).join('; ')}\n${text}`);
}

export function ruleTester(rule: Rule, cases: { valid: TestCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const testCase of cases.valid) {
        it(caseName(testCase), async () => {
          const { findings } = await run(rule, testCase);
          assert.deepEqual(
            findings.map((finding) => `${finding.range.start.line}:${finding.range.start.character} ${finding.message}`),
            [],
            'expected no findings',
          );
        });
      }
    });
    describe('invalid', () => {
      for (const testCase of cases.invalid) {
        it(caseName(testCase), async () => {
          const { findings, path, facts } = await run(rule, testCase);
          assert.equal(findings.length, testCase.errors.length, `expected ${testCase.errors.length} finding(s), got:\n${findings.map((f) => `  ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character} ${f.message}`).join('\n')}`);
          testCase.errors.forEach((expected, index) => {
            const finding = findings[index]!;
            assert.ok(expected.range || expected.text, 'each expected finding names its range or text');
            if (expected.range) {
              const { start, end } = finding.range;
              assert.deepEqual([start.line, start.character, end.line, end.character], expected.range, `range of finding ${index}`);
            }
            if (expected.text !== undefined) assert.equal(textOfRange(testCase.code, finding), expected.text, `text covered by finding ${index}`);
            if (expected.message instanceof RegExp) assert.match(finding.message, expected.message);
            else if (expected.message !== undefined) assert.equal(finding.message, expected.message);
            if (expected.severity) assert.equal(finding.severity, expected.severity);
          });
          if (testCase.output !== undefined || testCase.outputFiles) {
            const fix = findings[0]?.fixes[testCase.fixIndex ?? 0];
            assert.ok(fix, 'expected the first finding to carry a fix');
            const own = fix.changes.filter((change) => change.path === path).flatMap((change) => change.edits);
            const fixed = applyEdits(testCase.code, own);
            if (testCase.output !== undefined) {
              assert.equal(fixed, testCase.output);
              assertParses(path, fixed);
            }
            for (const [relative, expectedText] of Object.entries(testCase.outputFiles ?? {})) {
              const otherPath = absolute(relative);
              const change = fix.changes.find((candidate) => candidate.path === otherPath);
              assert.ok(change, `expected the fix to change ${relative}; it changes ${fix.changes.map((c) => c.path).join(', ')}`);
              const before = change.createFile ? '' : facts.textOf(otherPath) ?? '';
              const after = applyEdits(before, change.edits);
              assert.equal(after, expectedText, `text of ${relative} after the fix`);
              assertParses(otherPath, after);
            }
          }
        });
      }
    });
  });
}
