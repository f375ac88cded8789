import * as ts from 'typescript';
import { parseAllDocuments } from 'yaml';
import { applySuppressions } from './suppression';
import { describeFile } from './fileKinds';
import { LineIndex } from './lineIndex';
import { collectModuleBindings } from './script/bindings';
import { parseConfig } from './config';
import { ALL_RULES, RULE_IDS } from './rules';
import { scanProviderTokens, type ProviderTokenMatch } from './secrets/providerTokens';
import {
  SEVERITY_RANK,
  type FileInfo,
  type Finding,
  type Note,
  type Range,
  type Report,
  type Rule,
  type RuleContextBase,
  type ScriptVisitor,
  type Severity,
  type SeveritySetting,
  type WorkspaceFacts,
} from './types';

export const CONFIG_RULE_ID = 'twelve-factor/config';

export interface AnalyzeOptions {
  /** Effective severity per rule id (config file merged with editor settings / CLI flags). */
  severities?: Readonly<Record<string, SeveritySetting>>;
  /** The rules to run; defaults to every rule. */
  rules?: readonly Rule[];
}

export interface AnalysisResult {
  findings: Finding[];
  notes: Note[];
}

function scriptKindOf(path: string): ts.ScriptKind {
  if (path.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (path.endsWith('.jsx')) return ts.ScriptKind.JSX;
  if (path.endsWith('.js') || path.endsWith('.mjs') || path.endsWith('.cjs')) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/** Parses a script file the way every rule sees it. Exposed for benchmarks and tests. */
export function parseScript(path: string, text: string): ts.SourceFile {
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, scriptKindOf(path));
}

function capSeverity(configured: Severity, cap: Severity | undefined): Severity {
  if (!cap) return configured;
  return SEVERITY_RANK[cap] < SEVERITY_RANK[configured] ? cap : configured;
}

class FindingCollector {
  readonly findings: Finding[] = [];
  readonly notes: Note[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly file: FileInfo) {}

  reporterFor(rule: Rule, severity: Severity): (report: Report) => void {
    return (report) => {
      const { start, end } = report.range;
      const key = `${rule.meta.id}@${start.line}:${start.character}-${end.line}:${end.character}`;
      if (this.seen.has(key)) return;
      this.seen.add(key);
      this.findings.push({
        file: this.file.path,
        ruleId: rule.meta.id,
        factor: rule.meta.factor,
        severity: capSeverity(severity, report.maxSeverity),
        range: report.range,
        message: report.message,
        fixes: report.fixes ?? [],
      });
    };
  }

  ruleFailed(rule: Rule, error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    this.notes.push({ file: this.file.path, kind: 'parse-error', message: `Rule ${rule.meta.id} could not check this file (${reason}); its findings here may be incomplete.` });
  }
}

/**
 * Analyses one file. Pure: everything beyond the file's text comes from `facts`.
 * Never throws for bad input — a rule that fails is reported as a note and the others go on.
 */
export async function analyzeFile(path: string, text: string, facts: WorkspaceFacts, options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  const file = describeFile(path, facts.root);
  const collector = new FindingCollector(file);
  const rules = activeRules(options);

  if (file.kind === 'config') {
    analyzeConfigFile(file, text, collector);
    return { findings: collector.findings, notes: collector.notes };
  }

  const needsTokens = (file.kind === 'script' || file.kind === 'yaml') && rules.some(({ rule }) => rule.needsProviderTokens);
  let providerTokens: readonly ProviderTokenMatch[] = [];
  if (needsTokens) {
    try {
      providerTokens = await scanProviderTokens(text, file.path);
    } catch (error) {
      collector.notes.push({ file: file.path, kind: 'parse-error', message: `The provider token scan failed (${error instanceof Error ? error.message : String(error)}); other checks still ran.` });
    }
  }
  const base = { file, text, facts, providerTokens };

  for (const { rule, severity } of rules) {
    if (!rule.file) continue;
    runGuarded(collector, rule, () => rule.file!({ ...base, report: collector.reporterFor(rule, severity) }));
  }
  if (file.kind === 'script') analyzeScript(base, rules, collector);
  else if (file.kind === 'yaml') analyzeYaml(base, rules, collector);
  else if (file.kind === 'packageJson') analyzePackageJson(base, rules, collector);

  return { findings: applySuppressions(collector.findings, text), notes: collector.notes };
}

interface ActiveRule {
  rule: Rule;
  severity: Severity;
}

function activeRules(options: AnalyzeOptions): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of options.rules ?? ALL_RULES) {
    const setting = options.severities?.[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (setting !== 'off') active.push({ rule, severity: setting });
  }
  return active;
}

type BaseContext = Omit<RuleContextBase, 'report'>;

function runGuarded(collector: FindingCollector, rule: Rule, action: () => void): boolean {
  try {
    action();
    return true;
  } catch (error) {
    collector.ruleFailed(rule, error);
    return false;
  }
}

function analyzeScript(base: BaseContext, rules: ActiveRule[], collector: FindingCollector): void {
  const { file, text } = base;
  // Cheap prefilter: a rule whose keywords do not occur cannot fire, and a file no rule
  // can fire on is never parsed.
  const candidates = rules.filter(({ rule }) => rule.script && (!rule.scriptKeywords || rule.scriptKeywords.some((keyword) => text.includes(keyword))));
  if (candidates.length === 0) return;

  let sourceFile: ts.SourceFile;
  try {
    sourceFile = parseScript(file.path, text);
  } catch (error) {
    // TypeScript's parser is recursive: absurdly deep nesting overflows the stack. Say so instead of crashing.
    const reason = error instanceof RangeError ? 'it is nested too deeply to parse' : `the parser failed: ${error instanceof Error ? error.message : String(error)}`;
    collector.notes.push({ file: file.path, kind: 'parse-error', message: `Not analysed: ${reason}.` });
    return;
  }
  const bindings = collectModuleBindings(sourceFile);
  const rangeOf = (node: ts.Node): Range => ({
    start: sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)),
    end: sourceFile.getLineAndCharacterOfPosition(node.getEnd()),
  });

  const handlersByKind = new Map<ts.SyntaxKind, Array<{ rule: Rule; handler: (node: ts.Node) => void }>>();
  const visitors: Array<{ rule: Rule; visitor: ScriptVisitor }> = [];
  const failed = new Set<Rule>();
  for (const { rule, severity } of candidates) {
    runGuarded(collector, rule, () => {
      const visitor = rule.script!({ ...base, sourceFile, bindings, rangeOf, report: collector.reporterFor(rule, severity) });
      visitors.push({ rule, visitor });
      for (const key of Object.keys(visitor)) {
        const kind = Number(key);
        const handler = visitor[kind];
        if (Number.isNaN(kind) || !handler) continue;
        let list = handlersByKind.get(kind);
        if (!list) handlersByKind.set(kind, (list = []));
        list.push({ rule, handler });
      }
    });
  }

  // One walk for every rule. Iterative, so deeply nested input cannot overflow the stack here.
  const stack: ts.Node[] = [sourceFile];
  const children: ts.Node[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const handlers = handlersByKind.get(node.kind);
    if (handlers) {
      for (const { rule, handler } of handlers) {
        if (failed.has(rule)) continue;
        if (!runGuarded(collector, rule, () => handler(node))) failed.add(rule);
      }
    }
    children.length = 0;
    ts.forEachChild(node, (child) => {
      children.push(child);
    });
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }

  for (const { rule, visitor } of visitors) {
    if (visitor.onEnd && !failed.has(rule)) runGuarded(collector, rule, () => visitor.onEnd!());
  }
}

function analyzeYaml(base: BaseContext, rules: ActiveRule[], collector: FindingCollector): void {
  const { file, text } = base;
  const yamlRules = rules.filter(({ rule }) => rule.yaml);
  if (yamlRules.length === 0) return;
  const documents = parseAllDocuments(text, { prettyErrors: false });
  const parsed = Array.isArray(documents) ? documents : [];
  if (!Array.isArray(documents)) {
    collector.notes.push({ file: file.path, kind: 'parse-error', message: 'The YAML stream could not be parsed.' });
    return;
  }
  const errors = parsed.flatMap((document) => document.errors);
  if (errors.length > 0) {
    collector.notes.push({ file: file.path, kind: 'parse-error', message: `YAML syntax error: ${errors[0]!.message.split('\n')[0]}; only the readable parts were checked.` });
  }
  const lines = new LineIndex(text);
  for (const { rule, severity } of yamlRules) {
    runGuarded(collector, rule, () =>
      rule.yaml!({ ...base, documents: parsed, rangeOfOffsets: (start, end) => lines.rangeOf(start, end), report: collector.reporterFor(rule, severity) }),
    );
  }
}

function analyzePackageJson(base: BaseContext, rules: ActiveRule[], collector: FindingCollector): void {
  const { file, text } = base;
  const jsonRules = rules.filter(({ rule }) => rule.packageJson);
  if (jsonRules.length === 0) return;
  const json = ts.parseJsonText(file.path, text);
  const statement = json.statements[0];
  const root = statement && ts.isObjectLiteralExpression(statement.expression) ? statement.expression : undefined;
  const parseErrors = (json as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics ?? [];
  if (parseErrors.length > 0) {
    collector.notes.push({ file: file.path, kind: 'parse-error', message: `package.json is not valid JSON: ${ts.flattenDiagnosticMessageText(parseErrors[0]!.messageText, ' ')}` });
  }
  const rangeOf = (node: ts.Node): Range => ({
    start: json.getLineAndCharacterOfPosition(node.getStart(json)),
    end: json.getLineAndCharacterOfPosition(node.getEnd()),
  });
  for (const { rule, severity } of jsonRules) {
    runGuarded(collector, rule, () => rule.packageJson!({ ...base, json, root, rangeOf, report: collector.reporterFor(rule, severity) }));
  }
}

function analyzeConfigFile(file: FileInfo, text: string, collector: FindingCollector): void {
  const { problems } = parseConfig(text, RULE_IDS);
  for (const problem of problems) {
    collector.findings.push({ file: file.path, ruleId: CONFIG_RULE_ID, factor: 0, severity: problem.severity, range: problem.range, message: problem.message, fixes: [] });
  }
}
