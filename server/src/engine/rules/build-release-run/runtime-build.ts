import ts = require('typescript');
import type { Rule, ScriptContext } from '../../types';
import { processLaunch, type ProcessLaunch } from '../../analysis/childProcess';
import { findVariableInitializer, resolveCallee } from '../../analysis/calls';
import { leadingStaticText, skipOuterExpressions, staticString } from '../../analysis/literals';
import { buildStepOf, type BuildStep } from '../../analysis/buildCommands';
import { isCliPackage, isToolingFile } from '../../analysis/toolingFiles';
import { stripNodePrefix } from '../../script/bindings';

/** Modules that install a compile-on-load hook as soon as they are loaded. */
const REGISTER_ON_LOAD = /^(ts-node\/register(\/.*)?|tsx|tsx\/(cjs|esm)|@babel\/register|babel-register|babel-core\/register|@swc\/register|@swc-node\/register(\/esm)?|esbuild-register|sucrase\/register(\/.*)?|@esbuild-kit\/(cjs|esm)-loader|coffeescript\/register|coffee-script\/register)$/;
/** Modules whose `register()` installs such a hook: `require('ts-node').register()`, tsx's API. */
const REGISTER_API = /^(ts-node|tsx\/(cjs|esm)\/api|esbuild-register\/dist\/node|@swc-node\/register\/register|sucrase\/dist\/register)$/;
/** Loaders `module.register()` accepts that compile TypeScript. */
const LOADER_SPECIFIER = /^(ts-node\/esm(\/transpile-only)?|tsx(\/esm)?|@swc-node\/register\/esm|@esbuild-kit\/esm-loader|esbuild-register\/loader)$/;
/** Steps the running app must not do; watchers and dev servers it launches are another matter. */
const RUNTIME_BUILD_KINDS = new Set<BuildStep['kind']>(['install', 'build', 'transpile']);
/** A condition that limits code to development (`if (process.env.NODE_ENV !== 'production')`). */
const DEV_ONLY_CONDITION = /NODE_ENV|isDev|IS_DEV|__DEV__|isDevelopment|development|isProd|IS_PROD|isProduction/;

/** Code inside an `if`/ternary/`&&` that checks for development is not production entry code. */
function isDevOnly(node: ts.Node): boolean {
  let current: ts.Node = node;
  while (current.parent) {
    const parent = current.parent;
    if (ts.isIfStatement(parent) && current !== parent.expression && DEV_ONLY_CONDITION.test(parent.expression.getText())) return true;
    if (ts.isConditionalExpression(parent) && current !== parent.condition && DEV_ONLY_CONDITION.test(parent.condition.getText())) return true;
    if (ts.isBinaryExpression(parent) && current === parent.right && (parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken || parent.operatorToken.kind === ts.SyntaxKind.BarBarToken) && DEV_ONLY_CONDITION.test(parent.left.getText())) return true;
    current = parent;
  }
  return false;
}

/** `spawn(cmd, args)` with `const args = ['install']`: the static strings of the array. */
function argumentsOf(launch: ProcessLaunch): string[] {
  if (launch.args.length > 0 || !ts.isCallExpression(launch.node)) return launch.args;
  const list = launch.node.arguments[1] && skipOuterExpressions(launch.node.arguments[1]);
  if (!list || !ts.isIdentifier(list)) return launch.args;
  const initializer = findVariableInitializer(list);
  const array = initializer && skipOuterExpressions(initializer);
  return array && ts.isArrayLiteralExpression(array) ? array.elements.map((element) => staticString(element) ?? '…') : launch.args;
}

/** The command text a launch runs, following `const cmd = 'npm install'` and `isWin ? 'npm.cmd' : 'npm'`. */
function commandLineOf(launch: ProcessLaunch): string {
  if (launch.program !== undefined) return launch.args.length > 0 ? launch.commandLine : [launch.program, ...argumentsOf(launch)].join(' ');
  const command = launch.commandNode && skipOuterExpressions(launch.commandNode);
  if (!command) return launch.commandLine;
  let resolved: string | undefined;
  if (ts.isIdentifier(command)) {
    const initializer = findVariableInitializer(command);
    const value = initializer && skipOuterExpressions(initializer);
    resolved = value && ts.isConditionalExpression(value) ? staticString(skipOuterExpressions(value.whenFalse)) ?? staticString(skipOuterExpressions(value.whenTrue)) : leadingStaticText(value);
  } else if (ts.isConditionalExpression(command)) {
    resolved = staticString(skipOuterExpressions(command.whenFalse)) ?? staticString(skipOuterExpressions(command.whenTrue));
  }
  if (resolved === undefined) return launch.commandLine;
  // For shell-line APIs an unknown command has no args; for spawn-like ones the args follow the program.
  return [resolved, ...argumentsOf(launch)].join(' ');
}

function launchMessage(step: BuildStep): string {
  switch (step.kind) {
    case 'install':
      return `The app installs dependencies at run time (\`${step.command}\`): what runs then differs from the release that was built and tested, and every start depends on the registry. Install in the build stage.`;
    case 'transpile':
      return `The app starts a process that compiles its source while it runs (\`${step.command}\`): compile in the build stage and run the built JavaScript.`;
    default:
      return `The app builds at run time (\`${step.command}\`): building belongs to the build stage, so each release is built once and every process runs the same artifact.`;
  }
}

function registerMessage(what: string): string {
  return `\`${what}\` compiles the source while the app runs: start-up is slower, memory is higher, and the code that runs was never built as a release. Compile in the build stage (e.g. \`tsc\`) and run the output with plain \`node\`.`;
}

export const runtimeBuild: Rule = {
  meta: {
    id: 'build-release-run/runtime-build',
    factor: 5,
    title: 'Do not build or install at run time',
    description: 'App code that installs dependencies, runs a build (npm run build, tsc, webpack, vite build…) or registers a runtime transpiler (ts-node/register, tsx, @babel/register) mixes the build stage into the run stage.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  scriptKeywords: ['child_process', 'execa', 'shelljs', 'zx', '$`', 'ts-node', 'tsx', 'register', 'esbuild-kit'],
  script(ctx: ScriptContext) {
    if (ctx.file.isTest || ctx.text.startsWith('#!/usr/bin/env zx') || isToolingFile(ctx.facts, ctx.file.path)) return {};
    const pkg = ctx.facts.packageFor(ctx.file.path);
    if (isCliPackage(ctx.facts, pkg)) return {};

    const reportRegister = (node: ts.Node, what: string): void => {
      if (isDevOnly(node)) return;
      ctx.report({ range: ctx.rangeOf(node), message: registerMessage(what) });
    };

    const checkCall = (node: ts.Node): void => {
      const launch = processLaunch(node, ctx.bindings);
      if (launch) {
        const step = buildStepOf(commandLineOf(launch), pkg?.scripts);
        if (step && RUNTIME_BUILD_KINDS.has(step.kind) && !isDevOnly(node)) ctx.report({ range: ctx.rangeOf(launch.node), message: launchMessage(step) });
        return;
      }
      if (!ts.isCallExpression(node)) return;
      const callee = skipOuterExpressions(node.expression);
      const [first] = node.arguments;
      // require('ts-node/register'), await import('tsx/esm')
      if ((ts.isIdentifier(callee) && callee.text === 'require') || callee.kind === ts.SyntaxKind.ImportKeyword) {
        const specifier = staticString(first);
        if (first && specifier !== undefined && REGISTER_ON_LOAD.test(specifier)) reportRegister(first, specifier);
        return;
      }
      const resolved = resolveCallee(callee, ctx.bindings);
      if (!resolved?.module || resolved.path[resolved.path.length - 1] !== 'register') return;
      // require('ts-node').register({ transpileOnly: true }), register() from 'tsx/esm/api'
      if (REGISTER_API.test(resolved.module)) {
        reportRegister(node, `${resolved.module} register()`);
        return;
      }
      // module.register('ts-node/esm', pathToFileURL('./'))
      const loader = staticString(first);
      if (stripNodePrefix(resolved.module) === 'module' && loader !== undefined && LOADER_SPECIFIER.test(loader)) reportRegister(node, `register('${loader}')`);
    };

    return {
      [ts.SyntaxKind.CallExpression]: checkCall,
      [ts.SyntaxKind.TaggedTemplateExpression]: checkCall,
      // import 'ts-node/register'; import 'tsx/esm'
      [ts.SyntaxKind.ImportDeclaration]: (node) => {
        const declaration = node as ts.ImportDeclaration;
        if (declaration.importClause?.isTypeOnly) return;
        const specifier = staticString(declaration.moduleSpecifier);
        if (specifier !== undefined && REGISTER_ON_LOAD.test(specifier)) reportRegister(declaration.moduleSpecifier, specifier);
      },
    };
  },
};
