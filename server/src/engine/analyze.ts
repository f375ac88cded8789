import ts = require('typescript');
import { parseAllDocuments } from 'yaml';
import { applySuppressions } from './suppression';
import { describeFile, normalizePath } from './fileKinds';
import { LineIndex } from './lineIndex';
import { KeywordIndex } from './keywordIndex';
import { collectModuleBindings } from './script/bindings';
import { scanModuleSpecifiers } from './script/specifierScan';
import { parseConfig } from './config';
import { ALL_RULES, RULE_IDS } from './rules';
import { scanProviderTokens, type ProviderTokenMatch } from './secrets/providerTokens';
import {
  SEVERITY_RANK,
  type FileChange,
  type FileInfo,
  type Finding,
  type Note,
  type Position,
  type PrefilterContext,
  type Range,
  type Report,
  type Rule,
  type RuleContextBase,
  type ScriptContext,
  type ScriptVisitor,
  type Severity,
  type SeveritySetting,
  type WorkspaceFacts,
} from './types';
import { CONFIG_RULE_ID } from './ruleIds';

export { CONFIG_RULE_ID };

export interface AnalyzeOptions {
  /** Effective severity per rule id (config file merged with editor settings / CLI flags). */
  severities?: Readonly<Record<string, SeveritySetting>>;
  /** The rules to run; defaults to every rule. */
  rules?: readonly Rule[];
  /**
   * The syntax tree of this file's previous text (an editor keeps one per open document):
   * reparsed incrementally instead of from scratch. It must not be used again afterwards —
   * TypeScript's incremental parser reuses its nodes.
   */
  previousSourceFile?: ts.SourceFile;
  /**
   * Return the syntax tree (an editor keeps one per open document). It is then parsed with
   * every parent pointer TypeScript sets, so it is safe to reparse incrementally; otherwise
   * the engine links parents itself in the walk it makes anyway, which is cheaper.
   */
  keepSyntaxTree?: boolean;
}

export interface AnalysisResult {
  findings: Finding[];
  notes: Note[];
  /** The syntax tree of a script file, when one was parsed and `keepSyntaxTree` asked for it (to pass back as previousSourceFile). */
  sourceFile?: ts.SourceFile;
}

function scriptKindOf(path: string): ts.ScriptKind {
  if (path.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (path.endsWith('.jsx')) return ts.ScriptKind.JSX;
  if (path.endsWith('.js') || path.endsWith('.mjs') || path.endsWith('.cjs')) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/**
 * Parses a script file. Exposed for benchmarks and tests. Without `setParentNodes` the tree
 * has no parent pointers: `linkParentsInOrder` sets them (TypeScript's own pass to do so is a
 * third of the parse time, and the engine walks the tree anyway). An incremental reparse
 * always sets them. JSDoc comments are skipped (no rule reads them).
 */
export function parseScript(path: string, text: string, previous?: ts.SourceFile, setParentNodes = true): ts.SourceFile {
  if (previous && previous.fileName === path) {
    const oldText = previous.text;
    // One change range from the common prefix and suffix: cheap, and exact for any edit.
    let start = 0;
    const shorter = Math.min(oldText.length, text.length);
    while (start < shorter && oldText.charCodeAt(start) === text.charCodeAt(start)) start++;
    let suffix = 0;
    while (suffix < shorter - start && oldText.charCodeAt(oldText.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
    const change = ts.createTextChangeRange(ts.createTextSpan(start, oldText.length - suffix - start), text.length - suffix - start);
    return ts.updateSourceFile(previous, text, change);
  }
  // No rule reads JSDoc: not building its nodes saves parse time on documented code.
  return ts.createSourceFile(path, text, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, setParentNodes, scriptKindOf(path));
}

/**
 * Sets every node's parent (as far as `forEachChild` reaches — JSDoc nodes are not linked) and
 * lists the nodes in walk order (pre-order). One recursive pass; rules then run over the list,
 * so every rule sees a fully linked tree.
 */
export function linkParentsInOrder(sourceFile: ts.SourceFile): ts.Node[] {
  const nodes: ts.Node[] = [sourceFile];
  let parent: ts.Node = sourceFile;
  const visit = (node: ts.Node): void => {
    (node as { parent: ts.Node }).parent = parent;
    nodes.push(node);
    const outer = parent;
    parent = node;
    ts.forEachChild(node, visit, visitList);
    parent = outer;
  };
  // Lists visited by one indexed loop rather than forEachChild's callback per element.
  const visitList = (list: ts.NodeArray<ts.Node>): void => {
    for (let i = 0; i < list.length; i++) visit(list[i]!);
  };
  ts.forEachChild(sourceFile, visit, visitList);
  return nodes;
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
  try {
    return await analyzeFileUnguarded(path, text, facts, options);
  } catch (error) {
    // Last line of defence: every known failure (rules, parser overflow) is contained closer
    // to its source, but a caller (the server's scan loop, the CLI) must never see a throw.
    const reason = error instanceof RangeError ? 'it is nested too deeply to analyse' : `the analysis failed: ${error instanceof Error ? error.message : String(error)}`;
    return { findings: [], notes: [{ file: normalizePath(path), kind: 'skipped', message: `Not analysed: ${reason}.` }] };
  }
}

async function analyzeFileUnguarded(path: string, text: string, facts: WorkspaceFacts, options: AnalyzeOptions): Promise<AnalysisResult> {
  const file = describeFile(path, facts.root);
  const collector = new FindingCollector(file);
  const rules = activeRules(options);

  if (file.kind === 'config') {
    analyzeConfigFile(file, text, collector);
    return { findings: collector.findings, notes: collector.notes };
  }

  // Scripts scan for provider tokens later, and only when a rule that reads them is still a candidate.
  const providerTokens = file.kind === 'yaml' && rules.some(({ rule }) => rule.needsProviderTokens) ? await providerTokensOf(text, file, collector) : [];
  const base = { file, text, facts, providerTokens };

  for (const { rule, severity } of rules) {
    if (!rule.file) continue;
    runGuarded(collector, rule, () => rule.file!({ ...base, report: collector.reporterFor(rule, severity) }));
  }
  const typeScriptPositionsFrom = collector.findings.length;
  let sourceFile: ts.SourceFile | undefined;
  if (file.kind === 'script') sourceFile = await analyzeScript(base, rules, collector, options);
  else if (file.kind === 'yaml') analyzeYaml(base, rules, collector);
  else if (file.kind === 'packageJson') analyzePackageJson(base, rules, collector);
  // Script rules take positions from a LineIndex (ScriptContext.positionAt); package.json's from TypeScript's JSON parser.
  if (file.kind === 'packageJson' && hasUnicodeLineBreaks(text)) {
    remapToLspLines(collector.findings.slice(typeScriptPositionsFrom), file.path, text);
  }

  return { findings: applySuppressions(collector.findings, text), notes: collector.notes, ...(sourceFile ? { sourceFile } : {}) };
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

/** What rules' `scriptMayReport` prefilters see for a script. Exposed for tests. */
export function createPrefilterContext(path: string, text: string, facts: WorkspaceFacts): PrefilterContext {
  return prefilterContext({ file: describeFile(path, facts.root), text, facts }, new KeywordIndex(text));
}

function prefilterContext({ file, text, facts }: Pick<BaseContext, 'file' | 'text' | 'facts'>, keywords: KeywordIndex): PrefilterContext {
  let specifiers: readonly string[] | undefined | null = null;
  return {
    file,
    text,
    facts,
    keywords,
    moduleSpecifiers: () => (specifiers === null ? (specifiers = scanModuleSpecifiers(text)) : specifiers),
  };
}

/** A rule's own prefilter; one that fails lets the rule run (it reports its own failure there). */
function mayReport(rule: Rule, prefilter: PrefilterContext): boolean {
  if (!rule.scriptMayReport) return true;
  try {
    return rule.scriptMayReport(prefilter);
  } catch {
    return true;
  }
}

async function providerTokensOf(text: string, file: FileInfo, collector: FindingCollector, keywords?: KeywordIndex): Promise<readonly ProviderTokenMatch[]> {
  try {
    return await scanProviderTokens(text, file.path, keywords);
  } catch (error) {
    collector.notes.push({ file: file.path, kind: 'parse-error', message: `The provider token scan failed (${error instanceof Error ? error.message : String(error)}); other checks still ran.` });
    return [];
  }
}

async function analyzeScript(originalBase: BaseContext, rules: ActiveRule[], collector: FindingCollector, { previousSourceFile, keepSyntaxTree = false }: AnalyzeOptions): Promise<ts.SourceFile | undefined> {
  const { file, text } = originalBase;
  // Cheap prefilter: a rule whose keywords do not occur cannot fire, and a file no rule
  // can fire on is never parsed.
  const keywords = new KeywordIndex(text);
  const prefilter = prefilterContext(originalBase, keywords);
  const byKeywords = rules.filter(({ rule }) => rule.script && (!rule.scriptKeywords || keywords.includesAny(rule.scriptKeywords)));
  // A prefilter's first point is to spare the parse. When a rule without one will have the file
  // parsed anyway, a prefilter that costs about what its rule's walk does is not asked; the
  // cheap ones still spare their rules' walks.
  const parseIsCertain = byKeywords.some(({ rule }) => !rule.scriptMayReport);
  const candidates = byKeywords.filter(({ rule }) => (parseIsCertain && rule.costlyPrefilter) || mayReport(rule, prefilter));
  if (candidates.length === 0) return undefined;
  const base = candidates.some(({ rule }) => rule.needsProviderTokens) ? { ...originalBase, providerTokens: await providerTokensOf(text, file, collector, keywords) } : originalBase;

  let sourceFile: ts.SourceFile;
  try {
    try {
      sourceFile = parseScript(file.path, text, previousSourceFile, keepSyntaxTree);
    } catch (error) {
      // An incremental reparse that fails for any reason other than depth falls back to a full parse.
      if (!previousSourceFile || error instanceof RangeError) throw error;
      sourceFile = parseScript(file.path, text, undefined, keepSyntaxTree);
    }
  } catch (error) {
    // TypeScript's parser is recursive: absurdly deep nesting overflows the stack. Say so instead of crashing.
    const reason = error instanceof RangeError ? 'it is nested too deeply to parse' : `the parser failed: ${error instanceof Error ? error.message : String(error)}`;
    // A skip, not a syntax error: the editor shows it (one information diagnostic) like other skipped files.
    collector.notes.push({ file: file.path, kind: 'skipped', message: `Not analysed: ${reason}.` });
    return undefined;
  }
  let nodes: ts.Node[];
  try {
    nodes = linkParentsInOrder(sourceFile);
  } catch (error) {
    // Recursive like the parser, which got through the file: this cannot overflow in practice.
    collector.notes.push({ file: file.path, kind: 'skipped', message: `Not analysed: ${error instanceof RangeError ? 'it is nested too deeply to walk' : `the walk failed: ${error instanceof Error ? error.message : String(error)}`}.` });
    return undefined;
  }
  const bindings = collectModuleBindings(sourceFile);
  // Built on first use: most files report nothing and never need a position.
  let lines: LineIndex | undefined;
  const positionAt = (offset: number): Position => (lines ??= new LineIndex(text)).positionAt(offset);
  const rangeOf = (node: ts.Node): Range => ({ start: positionAt(node.getStart(sourceFile)), end: positionAt(node.getEnd()) });

  const { facts, providerTokens } = base;
  // One literal of fixed shape per rule: spreading `base` took longer than most rules' set-up.
  const scriptContext = (report: (report: Report) => void): ScriptContext => ({ file, text, facts, providerTokens, sourceFile, bindings, keywords, rangeOf, positionAt, report });

  // Handlers indexed by SyntaxKind: one array lookup per node during the walk. A rule that
  // throws is marked failed on its run (one flag, read per handler call) and skipped from then on.
  interface RuleRun {
    rule: Rule;
    visitor: ScriptVisitor;
    failed: boolean;
  }
  const handlersByKind: Array<Array<{ run: RuleRun; handler: (node: ts.Node) => void }> | undefined> = [];
  const runs: RuleRun[] = [];
  for (const { rule, severity } of candidates) {
    runGuarded(collector, rule, () => {
      const run: RuleRun = { rule, visitor: rule.script!(scriptContext(collector.reporterFor(rule, severity))), failed: false };
      runs.push(run);
      for (const key of Object.keys(run.visitor)) {
        const kind = Number(key);
        const handler = run.visitor[kind];
        if (Number.isNaN(kind) || !handler) continue;
        (handlersByKind[kind] ??= []).push({ run, handler });
      }
    });
  }

  // Every rule's handlers over the one walk's node list, in walk order.
  if (handlersByKind.length > 0) {
    for (const node of nodes) {
      const handlers = handlersByKind[node.kind];
      if (!handlers) continue;
      for (const { run, handler } of handlers) {
        if (run.failed) continue;
        try {
          handler(node);
        } catch (error) {
          collector.ruleFailed(run.rule, error);
          run.failed = true;
        }
      }
    }
  }

  for (const { rule, visitor, failed } of runs) {
    if (visitor.onEnd && !failed) runGuarded(collector, rule, () => visitor.onEnd!());
  }
  return keepSyntaxTree ? sourceFile : undefined;
}

function analyzeYaml(originalBase: BaseContext, rules: ActiveRule[], collector: FindingCollector): void {
  const yamlRules = rules.filter(({ rule }) => rule.yaml);
  if (yamlRules.length === 0) return;
  // The yaml package breaks lines at \n only; editors also break at a lone \r (old Mac
  // endings, mixed files). Same-length replacement: every offset, and so every range, stays put.
  const base = originalBase.text.includes('\r') ? { ...originalBase, text: originalBase.text.replace(/\r(?!\n)/g, '\n') } : originalBase;
  const { file, text } = base;
  const documents = parseAllDocuments(text, { prettyErrors: false });
  const parsed = Array.isArray(documents) ? documents : [];
  if (!Array.isArray(documents)) {
    collector.notes.push({ file: file.path, kind: 'parse-error', message: 'The YAML stream could not be parsed.' });
    return;
  }
  const errors = parsed.flatMap((document) => document.errors);
  const lines = new LineIndex(text);
  if (errors.length > 0) {
    const [start, end] = errors[0]!.pos;
    collector.notes.push({
      file: file.path,
      kind: 'parse-error',
      range: lines.rangeOf(start, Math.max(start, end)),
      message: `YAML syntax error: ${errors[0]!.message.split('\n')[0]}; only the readable parts were checked.`,
    });
  }
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
  let json: ts.JsonSourceFile;
  try {
    json = ts.parseJsonText(file.path, text);
  } catch (error) {
    // The JSON parser is recursive too: 10,000 nested arrays overflow the stack.
    if (!(error instanceof RangeError)) throw error;
    collector.notes.push({ file: file.path, kind: 'skipped', message: 'Not analysed: package.json is nested too deeply to parse.' });
    return;
  }
  const statement = json.statements[0];
  const root = statement && ts.isObjectLiteralExpression(statement.expression) ? statement.expression : undefined;
  const parseErrors = (json as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics ?? [];
  if (parseErrors.length > 0) {
    const first = parseErrors[0]!;
    const start = first.start ?? 0;
    collector.notes.push({
      file: file.path,
      kind: 'parse-error',
      // Offsets through LineIndex: LSP line breaks, whatever TypeScript's line map thinks of U+2028.
      range: new LineIndex(text).rangeOf(start, start + (first.length ?? 0)),
      message: `package.json is not valid JSON: ${ts.flattenDiagnosticMessageText(first.messageText, ' ')}; only the readable parts were checked.`,
    });
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

/** U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR. */
function hasUnicodeLineBreaks(text: string): boolean {
  return text.includes('\u2028') || text.includes('\u2029');
}

/**
 * TypeScript's line map breaks lines at U+2028/U+2029 (as JavaScript does); LSP and VS Code
 * break only at \n, \r\n and \r. package.json rules compute positions with TypeScript's JSON
 * parser (script rules use ScriptContext.positionAt), so in a manifest that contains either
 * character every range after it would point at the wrong line. Replaces
 * the ranges of these findings (and of their fix edits to this file) with LSP positions,
 * via offsets. New objects, never in-place: rules may share one range between a finding and
 * its edits. Only runs for such files; elsewhere the two line maps agree.
 */
function remapToLspLines(findings: readonly Finding[], path: string, text: string): void {
  const typeScriptLineStarts = typeScriptLineStartsOf(text);
  const lines = new LineIndex(text);
  const convert = (position: Position): Position => {
    const lineStart = typeScriptLineStarts[Math.min(position.line, typeScriptLineStarts.length - 1)] ?? 0;
    return lines.positionAt(lineStart + position.character);
  };
  const convertRange = (range: Range): Range => ({ start: convert(range.start), end: convert(range.end) });
  // Two fixes of one finding often share one change object: convert each change once.
  const converted = new Set<FileChange>();
  for (const finding of findings) {
    finding.range = convertRange(finding.range);
    for (const fix of finding.fixes) {
      for (const change of fix.changes) {
        if (change.path !== path || change.createFile || converted.has(change)) continue;
        converted.add(change);
        change.edits = change.edits.map((edit) => ({ ...edit, range: convertRange(edit.range) }));
      }
    }
  }
}

/** Line starts as TypeScript's scanner computes them: \r\n, \n, \r, U+2028 and U+2029 each end a line. */
function typeScriptLineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) starts.push(i + 1);
  }
  return starts;
}
