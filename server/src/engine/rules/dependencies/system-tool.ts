import ts = require('typescript');
import type { PackageInfo, Rule, ScriptContext, WorkspaceFacts } from '../../types';
import { processLaunch, type ProcessLaunch } from '../../analysis/childProcess';
import { findVariableInitializer } from '../../analysis/calls';
import { skipOuterExpressions, staticString } from '../../analysis/literals';
import { declaredSection, isInstalledPackagePath, owningPackage, workspaceRootPackage } from '../../analysis/packageManifests';
import { npmAlternativeFor, systemProgramInArgv, systemProgramInCommandLine, type ClassifiedProgram, type DeclaredPackages } from '../../analysis/systemPrograms';

/** Launchers whose command argument is a whole shell command line. */
const SHELL_LINE_APIS: ReadonlySet<string> = new Set(['exec', 'execSync', 'execaCommand', 'execaCommandSync', 'shelljs.exec', '$']);

const DYNAMIC_PART = '${…}';
/** Scripts for an interpreter other than Node: the interpreter and what the script calls are the dependency. */
const SCRIPT_FILE = /\.(sh|bash|zsh|py|rb|pl|php|ps1|bat|cmd)$/i;

/**
 * The text of a command expression with its dynamic parts kept as `${…}` placeholders, so a
 * shell line like `cd ${dir} && git pull` is still seen whole. Follows one `const cmd = …`.
 */
function commandText(expression: ts.Expression | undefined, depth = 0): string | undefined {
  if (!expression || depth > 3) return undefined;
  const node = skipOuterExpressions(expression);
  const literal = staticString(node);
  if (literal !== undefined) return literal;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((span) => DYNAMIC_PART + span.literal.text).join('');
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = commandText(node.left, depth + 1);
    const right = commandText(node.right, depth + 1);
    if (left === undefined && right === undefined) return undefined;
    return (left ?? DYNAMIC_PART) + (right ?? DYNAMIC_PART);
  }
  if (ts.isIdentifier(node)) {
    const initializer = findVariableInitializer(node);
    return initializer ? commandText(initializer, depth + 1) : undefined;
  }
  return undefined;
}

/** How many `const` hops and nested conditionals are followed to find the possible commands. */
const MAX_ALTERNATIVE_DEPTH = 3;

/**
 * Every value a command expression may take when it picks among alternatives: the branches of
 * `platform === 'darwin' ? 'open' : 'xdg-open'`, both sides of `process.env.OPENER || 'xdg-open'`
 * / `?? …`, also through a `const opener = …`. `leaf` reads one alternative (a program name or a
 * shell line); alternatives it cannot read (an env read, a call) are left out.
 */
function commandAlternatives(expression: ts.Expression, leaf: (node: ts.Expression) => string | undefined, depth = 0): string[] {
  const node = skipOuterExpressions(expression);
  if (depth < MAX_ALTERNATIVE_DEPTH) {
    if (ts.isConditionalExpression(node)) {
      return [...commandAlternatives(node.whenTrue, leaf, depth + 1), ...commandAlternatives(node.whenFalse, leaf, depth + 1)];
    }
    if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.BarBarToken || node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) {
      return [...commandAlternatives(node.left, leaf, depth + 1), ...commandAlternatives(node.right, leaf, depth + 1)];
    }
    if (ts.isIdentifier(node)) {
      const initializer = findVariableInitializer(node);
      if (initializer) return commandAlternatives(initializer, leaf, depth + 1);
    }
  }
  const value = leaf(node);
  return value === undefined ? [] : [value];
}

function templateText(template: ts.TemplateLiteral): string {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return template.text;
  return template.head.text + template.templateSpans.map((span) => DYNAMIC_PART + span.literal.text).join('');
}

function declaredPackagesFor(facts: WorkspaceFacts, pkg: PackageInfo | undefined): DeclaredPackages {
  if (!pkg) return { isDeclared: () => false, binaries: new Set() };
  const rootBinaries = workspaceRootPackage(facts, pkg)?.declaredBinaries;
  return {
    isDeclared: (packageName) => declaredSection(facts, pkg, packageName) !== undefined,
    binaries: rootBinaries && rootBinaries.size > 0 ? new Set([...pkg.declaredBinaries, ...rootBinaries]) : pkg.declaredBinaries,
  };
}

/**
 * The host programs a launch may run: one, or several when the command is chosen at runtime
 * (`platform === 'darwin' ? 'open' : 'xdg-open'`). Any system program among the alternatives
 * is a dependency the manifest cannot declare; empty when every alternative comes from Node,
 * the repository or a declared package.
 */
function systemProgramsOf(launch: ProcessLaunch, declared: DeclaredPackages): ClassifiedProgram[] {
  // fork() always runs a Node script with the current Node.
  if (launch.api === 'fork') return [];
  if (ts.isTaggedTemplateExpression(launch.node)) {
    const found = systemProgramInCommandLine(templateText(launch.node.template), declared);
    return found ? [found] : [];
  }
  const found: ClassifiedProgram[] = [];
  if (SHELL_LINE_APIS.has(launch.api)) {
    const lines = launch.commandNode ? commandAlternatives(launch.commandNode, (node) => commandText(node)) : [];
    for (const line of lines) {
      const program = systemProgramInCommandLine(line, declared);
      if (program) found.push(program);
    }
    return found;
  }
  // spawn/execFile/execa: a program and an argument list. `process.execPath` or a path from
  // a package (`require('ffmpeg-static')`) is not a literal, so it is never judged here.
  const programs = launch.program !== undefined ? [launch.program] : launch.commandNode ? commandAlternatives(launch.commandNode, staticString) : [];
  for (const program of programs) {
    const classified = systemProgramInArgv(program, launch.args, declared);
    if (classified) found.push(classified);
  }
  return found;
}

/** The message for the host programs found; several when the command is chosen at runtime. */
function messageForAll(found: readonly ClassifiedProgram[]): string {
  const first = found[0]!;
  const names = [...new Set(found.map((program) => program.name))];
  const allPlainPrograms = found.every((program) => program.source === 'system' && !SCRIPT_FILE.test(program.program));
  if (names.length === 1 || !allPlainPrograms) return messageFor(first);
  const listed = names.map((name) => `\`${name}\``).join(' / ');
  const alternatives = [...new Set(names.map(npmAlternativeFor).filter((alternative): alternative is string => alternative !== undefined))];
  const remedy = alternatives.length > 0
    ? `Prefer ${alternatives.join(' or ')}, or install the programs explicitly in the image (Dockerfile) and document them.`
    : 'Use an npm package that does the job, or install the programs explicitly in the image (Dockerfile) and document them.';
  return `${listed} (chosen at runtime) are system programs this code expects the host to provide; package.json cannot declare them, so a fresh environment may lack them or have other versions. ${remedy}`;
}

function messageFor(found: ClassifiedProgram): string {
  if (found.source === 'undeclared-package') {
    return `\`${found.name}\` comes from the npm package ${found.packageName}, which package.json does not declare: the command only works where it happens to be installed globally. Declare ${found.packageName} (and run it from node_modules/.bin).`;
  }
  if (SCRIPT_FILE.test(found.program)) {
    return `This runs the script ${found.program}, which needs an interpreter and whatever tools it calls on the host; package.json cannot declare them, so a fresh environment may lack them. Port it to Node, or install its tools in the image (Dockerfile) and document them.`;
  }
  const alternative = npmAlternativeFor(found.name);
  const remedy = alternative
    ? `Prefer ${alternative}, or install the program explicitly in the image (Dockerfile) and document it.`
    : 'Use an npm package that does the job, or install the program explicitly in the image (Dockerfile) and document it.';
  return `\`${found.name}\` is a system program this code expects the host to provide; package.json cannot declare it, so a fresh environment may lack it or have another version. ${remedy}`;
}

/**
 * execa's own template form (`execa\`git pull\``, `execaSync\`…\``), which the shared
 * launcher recognition (zx / execa `$` only) does not cover.
 */
function execaTemplateLaunch(node: ts.Node, bindings: ScriptContext['bindings']): ts.TaggedTemplateExpression | undefined {
  if (!ts.isTaggedTemplateExpression(node)) return undefined;
  let tag = skipOuterExpressions(node.tag);
  // execa({ cwd })`…`
  if (ts.isCallExpression(tag)) tag = skipOuterExpressions(tag.expression);
  if (!ts.isIdentifier(tag)) return undefined;
  const binding = bindings.get(tag.text);
  return binding?.module === 'execa' && /^(execa|execaSync|execaNode)$/.test(binding.imported) ? node : undefined;
}

export const systemTool: Rule = {
  meta: {
    id: 'dependencies/system-tool',
    factor: 2,
    title: 'Do not rely on system tools the manifest cannot declare',
    description: 'Shelling out to curl, ImageMagick, ffmpeg, git, a shell script or any other host program makes the app depend on tools package.json does not declare, so it breaks or behaves differently wherever they are missing.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  scriptKeywords: ['child_process', 'execa', 'shelljs', 'zx', '$`'],
  script(ctx) {
    if (isInstalledPackagePath(ctx.facts, ctx.file.path)) return {};
    let declared: DeclaredPackages | undefined;
    const check = (node: ts.Node) => {
      const launch = processLaunch(node, ctx.bindings);
      const execaTemplate = launch ? undefined : execaTemplateLaunch(node, ctx.bindings);
      if (!launch && !execaTemplate) return;
      declared ??= declaredPackagesFor(ctx.facts, owningPackage(ctx.facts, ctx.file.path));
      const fromTemplate = execaTemplate ? systemProgramInCommandLine(templateText(execaTemplate.template), declared) : undefined;
      const found = launch ? systemProgramsOf(launch, declared) : fromTemplate ? [fromTemplate] : [];
      if (found.length === 0) return;
      // The command argument; a template launch has no argument node, so its template stands for it.
      const target = launch ? launch.commandNode ?? (ts.isTaggedTemplateExpression(launch.node) ? launch.node.template : launch.node) : execaTemplate!.template;
      ctx.report({
        range: ctx.rangeOf(skipOuterExpressions(target)),
        message: messageForAll(found),
        // Tests shelling out are a development concern: still worth knowing, never a warning.
        ...(ctx.file.isTest ? { maxSeverity: 'information' as const } : {}),
      });
    };
    return { [ts.SyntaxKind.CallExpression]: check, [ts.SyntaxKind.TaggedTemplateExpression]: check };
  },
};
