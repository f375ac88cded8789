import ts = require('typescript');
import type { ModuleBindings } from '../types';
import { findVariableInitializer, resolveCallee } from './calls';
import { leadingStaticText, skipOuterExpressions, staticString } from './literals';

const CHILD_PROCESS_FUNCTIONS = new Set(['exec', 'execSync', 'spawn', 'spawnSync', 'execFile', 'execFileSync', 'fork']);
/** Functions whose first argument is a whole shell command line rather than a program name. */
const SHELL_COMMAND_FUNCTIONS = new Set(['exec', 'execSync', 'execaCommand', 'execaCommandSync', 'shelljs.exec', '$']);

export interface ProcessLaunch {
  /** The call or tagged template that starts the process. */
  node: ts.CallExpression | ts.TaggedTemplateExpression;
  /** e.g. 'execSync', 'spawn', 'execa', 'shelljs.exec', '$' (zx / execa template). */
  api: string;
  /** The program, when statically known: 'curl', 'npm', 'node', './scripts/x.sh'. */
  program: string | undefined;
  /** Static arguments after the program, as far as they are known. */
  args: string[];
  /** Program and arguments as one line, for keyword checks ('npm install --production'). */
  commandLine: string;
  /** The expression that names the program / command (for ranges and `process.execPath` checks). */
  commandNode: ts.Expression | undefined;
  /** The options object literal, if one is passed (`{ detached: true }`). */
  options: ts.ObjectLiteralExpression | undefined;
}

function splitCommandLine(line: string): string[] {
  return line.trim().split(/\s+/).filter((word) => word.length > 0);
}

/** Which launcher API a callee is, through module bindings and `promisify(exec)` aliases. */
function launcherApi(callee: ts.Expression, bindings: ModuleBindings, depth = 0): string | undefined {
  const resolved = resolveCallee(callee, bindings);
  if (!resolved) return undefined;
  const { module, path } = resolved;
  const last = path[path.length - 1];
  if (module === 'child_process' && path.length === 1 && last && CHILD_PROCESS_FUNCTIONS.has(last)) return last;
  if (module === 'child_process' && path.length === 2 && path[0] === 'promises' && last && CHILD_PROCESS_FUNCTIONS.has(last)) return last;
  if (module === 'execa' && path.length === 1 && last && /^(execa|execaSync|execaCommand|execaCommandSync|execaNode)$/.test(last)) return last;
  if (module === 'execa' && path.length === 0) return 'execa';
  if (module === 'shelljs' && last === 'exec') return 'shelljs.exec';
  if (!module && path.length === 1 && depth < 3) {
    // const execAsync = util.promisify(exec) / promisify(cp.exec)
    const initializer = ts.isIdentifier(skipOuterExpressions(callee)) ? findVariableInitializer(skipOuterExpressions(callee) as ts.Identifier) : undefined;
    if (initializer) {
      const value = skipOuterExpressions(initializer);
      if (ts.isCallExpression(value) && value.arguments[0] && /promisify$/.test(value.expression.getText())) return launcherApi(value.arguments[0], bindings, depth + 1);
    }
  }
  return undefined;
}

function isZxOrExecaTag(tag: ts.Expression, bindings: ModuleBindings, sourceFile: ts.SourceFile): boolean {
  const node = skipOuterExpressions(tag);
  if (!ts.isIdentifier(node) || node.text !== '$') {
    // $({ cwd })`…` and $.sync`…`
    if (ts.isCallExpression(node)) return isZxOrExecaTag(node.expression, bindings, sourceFile);
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'sync') return isZxOrExecaTag(node.expression, bindings, sourceFile);
    return false;
  }
  const binding = bindings.get('$');
  if (binding) return binding.module === 'zx' || binding.module === 'execa' || binding.module.startsWith('zx/');
  // zx scripts use a global `$` (`#!/usr/bin/env zx` or `import 'zx/globals'`).
  return sourceFile.text.startsWith('#!/usr/bin/env zx') || [...bindings.values()].some((b) => b.module.startsWith('zx'));
}

function templateCommandLine(template: ts.TemplateLiteral): string {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return template.text;
  return template.head.text + template.templateSpans.map((span) => ` \${…}${span.literal.text}`).join('');
}

/**
 * Recognises a call that starts an external process: child_process, execa, shelljs, zx.
 * Returns what is statically known about the command.
 */
export function processLaunch(node: ts.Node, bindings: ModuleBindings): ProcessLaunch | undefined {
  if (ts.isTaggedTemplateExpression(node)) {
    if (!isZxOrExecaTag(node.tag, bindings, node.getSourceFile())) return undefined;
    const commandLine = templateCommandLine(node.template);
    const words = splitCommandLine(commandLine);
    const program = words[0] && !words[0].startsWith('${') ? words[0] : undefined;
    return { node, api: '$', program, args: words.slice(1), commandLine, commandNode: undefined, options: undefined };
  }
  if (!ts.isCallExpression(node)) return undefined;
  const api = launcherApi(node.expression, bindings);
  if (!api) return undefined;
  const [first, second, third] = node.arguments;
  const optionsCandidate = [second, third].find((argument) => argument && ts.isObjectLiteralExpression(skipOuterExpressions(argument)));
  const options = optionsCandidate ? (skipOuterExpressions(optionsCandidate) as ts.ObjectLiteralExpression) : undefined;
  if (api === 'fork') {
    const script = staticString(first);
    return { node, api, program: 'node', args: script ? [script] : [], commandLine: `node ${script ?? ''}`.trim(), commandNode: first, options };
  }
  if (SHELL_COMMAND_FUNCTIONS.has(api)) {
    const commandLine = leadingStaticText(first) ?? '';
    const words = splitCommandLine(commandLine);
    return { node, api, program: words[0], args: words.slice(1), commandLine, commandNode: first, options };
  }
  const program = staticString(first);
  const args: string[] = [];
  const argumentList = second ? skipOuterExpressions(second) : undefined;
  if (argumentList && ts.isArrayLiteralExpression(argumentList)) {
    for (const element of argumentList.elements) args.push(staticString(element) ?? '…');
  }
  // spawn('sh', ['-c', 'curl …']) runs the inner line: keep it in the command line.
  const commandLine = [program ?? '', ...args].join(' ').trim();
  return { node, api, program, args, commandLine, commandNode: first, options };
}
