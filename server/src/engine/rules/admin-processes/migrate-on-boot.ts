import ts = require('typescript');
import { isMap, isPair, isScalar, isSeq, visit, type Node as YamlNode } from 'yaml';
import type { ModuleBindings, Rule, ScriptContext } from '../../types';
import { calleeName, calleeReceiver, expressionPath, findVariableInitializer, resolveCallee } from '../../analysis/calls';
import { processLaunch } from '../../analysis/childProcess';
import { serverBinding } from '../../analysis/servers';
import { findProperty, propertyNameText, propertyValue, skipOuterExpressions, staticString } from '../../analysis/literals';
import { isAdminTaskName, isInAdminDirectory, isRunByAdminScript, isTestSupportFile, migrationCommandIn, startsServer } from '../../analysis/migrations';
import { pathBelow } from '../../fileKinds';

const ADVICE = 'Run migrations as a one-off admin process (`npm run migrate`, a release phase or a job) against the same release, not in the web process at startup.';

/** Keys that make an object literal TypeORM connection options. */
const TYPEORM_OPTION_KEYS = ['type', 'entities', 'database', 'url', 'host', 'username', 'migrations', 'autoLoadEntities', 'subscribers', 'namingStrategy'];
/** package.json scripts that start the web process (or run right before it). */
const START_SCRIPTS = new Set(['start', 'prestart', 'start:prod', 'start:production', 'prestart:prod']);
/** Calls that apply pending migrations on whatever receiver they are made (Kysely, TypeORM, Umzug-like runners). */
const MIGRATION_METHODS = new Set(['runMigrations', 'runPendingMigrations', 'migrateToLatest', 'migrateUp']);

/**
 * Admin processes, tooling and test harnesses by location: their migrations are the
 * one-off kind this rule asks for (or never run in production).
 */
function isOutsideWebProcess(ctx: ScriptContext, relative: string): boolean {
  if (ctx.file.isTest || isInAdminDirectory(relative) || isTestSupportFile(relative)) return true;
  const pkg = ctx.facts.packageFor(ctx.file.path);
  return pkg !== undefined && isRunByAdminScript(pathBelow(pkg.dir, ctx.file.path) ?? ctx.file.path, pkg.scripts);
}

function isRequireCall(expression: ts.Expression): boolean {
  return ts.isCallExpression(expression) && ts.isIdentifier(expression.expression) && expression.expression.text === 'require';
}

/** A top-level statement that runs something: a call or await other than require() (compiled `Object.defineProperty(exports, …)` is a declaration). */
function runsAtTopLevel(sourceFile: ts.SourceFile): boolean {
  return sourceFile.statements.some((statement) => {
    if (!ts.isExpressionStatement(statement)) return false;
    if (ts.isAwaitExpression(skipOuterExpressions(statement.expression))) return true;
    let expression = skipOuterExpressions(statement.expression);
    while (ts.isVoidExpression(expression)) expression = skipOuterExpressions(expression.expression);
    if (!ts.isCallExpression(expression) || isRequireCall(expression)) return false;
    return (expressionPath(expression.expression) ?? []).join('.') !== 'Object.defineProperty';
  });
}

/** `process.exit(…)` or `require.main === module`: signs that a file is run as a script. */
function marksScriptEntry(node: ts.Node): boolean {
  if (ts.isCallExpression(node)) return (expressionPath(node.expression) ?? []).join('.') === 'process.exit';
  if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken || node.operatorToken.kind === ts.SyntaxKind.EqualsEqualsToken)) {
    const sides = [node.left, node.right].map((side) => (expressionPath(side) ?? []).join('.'));
    return sides.includes('require.main') && sides.includes('module');
  }
  return false;
}

/**
 * `if (process.argv.includes('--migrate')) { await umzug.up(); process.exit(0); }`: the
 * entry doubles as a one-off command, which is exactly what factor XII asks for.
 */
function isGuardedOutOfBoot(node: ts.Node): boolean {
  let current: ts.Node | undefined = node.parent;
  while (current && !ts.isSourceFile(current)) {
    if (ts.isIfStatement(current) || ts.isConditionalExpression(current)) {
      const condition = (ts.isIfStatement(current) ? current.expression : current.condition).getText();
      if (/\bprocess\.argv\b/.test(condition)) return true;
      // if (process.env.NODE_ENV === 'test') await sequelize.sync({ force: true }): test-only.
      const inThenBranch = ts.isIfStatement(current) ? isWithin(node, current.thenStatement) : isWithin(node, current.whenTrue);
      if (inThenBranch && /\bNODE_ENV\s*===?\s*['"`]test['"`]|['"`]test['"`]\s*===?\s*[\w.]*NODE_ENV\b/.test(condition)) return true;
    }
    if (ts.isCaseClause(current) && ts.isSwitchStatement(current.parent.parent) && /\bprocess\.argv\b|\bcommand\b/.test(current.parent.parent.expression.getText())) return true;
    current = current.parent;
  }
  return false;
}

function isWithin(node: ts.Node, ancestor: ts.Node): boolean {
  return node.getStart() >= ancestor.getStart() && node.getEnd() <= ancestor.getEnd();
}

// ---------------------------------------------------------------------------------------
// ORM and migration-library calls

function isSequelizeReceiver(receiver: ts.Expression, depth = 0): boolean {
  const node = skipOuterExpressions(receiver);
  const path = expressionPath(node);
  const last = path?.[path.length - 1];
  if (last && last !== '()' && /sequelize/i.test(last)) return true;
  // Feathers: app.get('sequelizeClient').sync()
  if (ts.isCallExpression(node) && calleeName(node) === 'get' && /sequelize/i.test(staticString(node.arguments[0]) ?? '')) return true;
  if (ts.isIdentifier(node) && depth < 3) {
    const initializer = findVariableInitializer(node);
    const value = initializer && skipOuterExpressions(ts.isAwaitExpression(skipOuterExpressions(initializer)) ? (skipOuterExpressions(initializer) as ts.AwaitExpression).expression : initializer);
    if (!value) return false;
    if (ts.isNewExpression(value) && calleeName(value) === 'Sequelize') return true;
    // const User = sequelize.define('User', {...}): a model, whose sync() creates its table.
    if (ts.isCallExpression(value) && calleeName(value) === 'define') return true;
    return isSequelizeReceiver(value, depth + 1);
  }
  return false;
}

/** `{ alter: true }`, `{ force }`, or a variable / conditional holding such an object (`env === 'dev' ? { alter: true } : {}`). */
function isSchemaOptions(expression: ts.Expression | undefined, depth = 0): boolean {
  if (!expression || depth > 3) return false;
  const node = skipOuterExpressions(expression);
  if (ts.isObjectLiteralExpression(node)) return findProperty(node, 'force') !== undefined || findProperty(node, 'alter') !== undefined;
  if (ts.isConditionalExpression(node)) return isSchemaOptions(node.whenTrue, depth + 1) || isSchemaOptions(node.whenFalse, depth + 1);
  if (ts.isIdentifier(node)) return isSchemaOptions(findVariableInitializer(node), depth + 1);
  return false;
}

function hasSchemaOption(call: ts.CallExpression): boolean {
  return isSchemaOptions(call.arguments[0]);
}

/**
 * `db.sync()` on a receiver we cannot identify: in the server entry (a file that also
 * listens), that is the Sequelize boot sync of `db = require('./db')`.
 */
function isPlainSyncCall(call: ts.CallExpression): boolean {
  if (calleeName(call) !== 'sync' || !calleeReceiver(call) || call.arguments.length > 1) return false;
  const receiver = expressionPath(calleeReceiver(call)!);
  // fs.fsync-like and well-known non-database receivers.
  return !receiver || !/^(fs|cache|git|repo|store|redis|client|queue|worker|watcher|syncer)$/i.test(receiver[receiver.length - 1] ?? '');
}

function isUmzugLikeReceiver(receiver: ts.Expression, depth = 0): boolean {
  const node = skipOuterExpressions(receiver);
  const path = expressionPath(node);
  if (path?.includes('getMigrator')) return true;
  const last = path?.[path.length - 1];
  if (last && /umzug|migrator|dbmigrate|db_migrate/i.test(last)) return true;
  if (ts.isIdentifier(node) && depth < 3) {
    const initializer = findVariableInitializer(node);
    const value = initializer && skipOuterExpressions(initializer);
    if (!value) return false;
    if (ts.isNewExpression(value) && calleeName(value) === 'Umzug') return true;
    if (ts.isCallExpression(value) && calleeName(value) === 'getInstance' && /DBMigrate|dbmigrate/i.test(value.expression.getText())) return true;
  }
  return false;
}

function isModuleFunction(callee: ts.Expression, bindings: ModuleBindings, matches: (module: string, path: readonly string[]) => boolean): boolean {
  const resolved = resolveCallee(callee, bindings);
  if (!resolved?.module) return false;
  const path = resolved.path[0] === 'default' ? resolved.path.slice(1) : resolved.path;
  return matches(resolved.module, path);
}

/** What a call does to the schema, in words for the message, or undefined when it is not a migration. */
function schemaChangeCall(ctx: ScriptContext, call: ts.CallExpression): string | undefined {
  const name = calleeName(call);
  const receiver = calleeReceiver(call);
  if (name && receiver) {
    if (name === 'sync' && (hasSchemaOption(call) || isSequelizeReceiver(receiver))) return 'Sequelize sync() creates or alters tables';
    if (name === 'syncIndexes') return 'Mongoose syncIndexes() builds and drops indexes';
    const path = expressionPath(call.expression);
    if (path && path.length >= 3 && path[path.length - 2] === 'migrate' && (name === 'latest' || name === 'up')) return `knex migrate.${name}() applies migrations`;
    if (name === 'up' && isUmzugLikeReceiver(receiver)) return 'The migrator\'s up() applies migrations';
    if (MIGRATION_METHODS.has(name)) return `${name}() applies migrations`;
    if ((name === 'updateSchema' || name === 'createSchema' || name === 'refreshDatabase') && path && (path.includes('getSchemaGenerator') || path[path.length - 2] === 'schema')) return `MikroORM ${name}() changes the schema`;
    if (name === 'synchronize' && (ctx.text.includes('typeorm') || (path !== undefined && /data_?source|connection/i.test(path[path.length - 2] ?? '')))) return 'TypeORM synchronize() alters the schema';
  }
  if (isModuleFunction(call.expression, ctx.bindings, (module, path) => /^drizzle-orm\/.+\/migrator$/.test(module) && path[0] === 'migrate')) return 'Drizzle migrate() applies migrations';
  if (isModuleFunction(call.expression, ctx.bindings, (module, path) => module === 'migrate-mongo' && path[0] === 'up')) return 'migrate-mongo up() applies migrations';
  if (isModuleFunction(call.expression, ctx.bindings, (module, path) => module === 'postgres-migrations' && path[0] === 'migrate')) return 'postgres-migrations migrate() applies migrations';
  if (isModuleFunction(call.expression, ctx.bindings, (module, path) => module === 'node-pg-migrate' && (path.length === 0 || path[0] === 'runner'))) {
    const options = call.arguments[0] && skipOuterExpressions(call.arguments[0]);
    const direction = options && ts.isObjectLiteralExpression(options) ? staticString(propertyValue(options, 'direction')) : undefined;
    if (direction !== 'down') return 'node-pg-migrate applies migrations';
  }
  return undefined;
}

function isTrue(expression: ts.Expression): boolean {
  return skipOuterExpressions(expression).kind === ts.SyntaxKind.TrueKeyword;
}

/** `synchronize: true` / `migrationsRun: true` in TypeORM connection options. */
function typeormBootOption(ctx: ScriptContext, property: ts.PropertyAssignment): string | undefined {
  const name = propertyNameText(property.name);
  if ((name !== 'synchronize' && name !== 'migrationsRun') || !isTrue(property.initializer)) return undefined;
  const object = property.parent;
  const looksLikeTypeorm = ctx.text.includes('typeorm') || TYPEORM_OPTION_KEYS.some((key) => findProperty(object, key) !== undefined);
  if (!looksLikeTypeorm) return undefined;
  return name === 'synchronize' ? 'TypeORM synchronize: true alters the schema' : 'TypeORM migrationsRun: true applies migrations';
}

// ---------------------------------------------------------------------------------------
// Boot commands in package.json and YAML (docker-compose, Kubernetes)

function yamlCommandLine(node: YamlNode | null | undefined): string | undefined {
  if (!node) return undefined;
  if (isScalar(node)) return typeof node.value === 'string' ? node.value : undefined;
  if (isSeq(node)) return node.items.map((item) => (isScalar(item) ? String(item.value) : '')).join(' ');
  return undefined;
}

export const migrateOnBoot: Rule = {
  meta: {
    id: 'admin-processes/migrate-on-boot',
    factor: 12,
    title: 'Run migrations as an admin process, not at startup',
    description:
      'Schema changes applied by the web process when it boots (sequelize.sync, knex migrate.latest, Umzug up, TypeORM synchronize/migrationsRun, prisma migrate deploy…) run once per process, race between replicas and tie deploys to restarts; factor XII runs them as one-off admin processes.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  scriptKeywords: ['.sync(', 'syncIndexes', 'synchroniz', 'igrat', 'mzug', 'prisma', 'Schema', 'refreshDatabase', 'db:push', 'db push', 'drizzle-kit'],
  script(ctx) {
    const relative = pathBelow(ctx.facts.root, ctx.file.path) ?? ctx.file.path;
    if (isOutsideWebProcess(ctx, relative)) return {};
    // A file named after the task (migrate.ts, seed.ts…) is a dedicated admin entry when it
    // runs something on its own; a module of that name may be called by the server at boot.
    const namedAfterTask = isAdminTaskName(relative);
    let isScriptEntry = namedAfterTask && runsAtTopLevel(ctx.sourceFile);
    const reports: Array<{ node: ts.Node; what: string }> = [];
    const report = (node: ts.Node, what: string) => {
      if (!isGuardedOutOfBoot(node)) reports.push({ node, what });
    };
    const checkLaunch = (node: ts.Node) => {
      const launch = processLaunch(node, ctx.bindings);
      const match = launch && migrationCommandIn(launch.commandLine);
      if (match) report(node, `\`${match[0].trim()}\` runs schema migrations`);
    };
    const plainSyncs: ts.CallExpression[] = [];
    let listens = false;
    return {
      [ts.SyntaxKind.CallExpression]: (node) => {
        const call = node as ts.CallExpression;
        const what = schemaChangeCall(ctx, call);
        if (what) report(node, what);
        else if (isPlainSyncCall(call)) plainSyncs.push(call);
        else checkLaunch(node);
        if (!listens && serverBinding(call, ctx.bindings)) listens = true;
        if (namedAfterTask && !isScriptEntry && marksScriptEntry(call)) isScriptEntry = true;
      },
      [ts.SyntaxKind.BinaryExpression]: (node) => {
        if (namedAfterTask && !isScriptEntry && marksScriptEntry(node)) isScriptEntry = true;
      },
      [ts.SyntaxKind.TaggedTemplateExpression]: checkLaunch,
      [ts.SyntaxKind.PropertyAssignment]: (node) => {
        const what = typeormBootOption(ctx, node as ts.PropertyAssignment);
        if (what) report(node, what);
      },
      onEnd: () => {
        if (isScriptEntry) return;
        // In the server entry (a file that listens), a sync() on any receiver is the boot sync.
        if (listens) for (const call of plainSyncs) report(call, 'sync() in the server entry creates or alters tables (Sequelize)');
        reports.sort((a, b) => a.node.getStart(ctx.sourceFile) - b.node.getStart(ctx.sourceFile));
        for (const { node, what } of reports) ctx.report({ range: ctx.rangeOf(node), message: `${what} when the process starts. ${ADVICE}` });
      },
    };
  },
  packageJson(ctx) {
    const scripts = ctx.root && propertyValue(ctx.root, 'scripts');
    if (!scripts || !ts.isObjectLiteralExpression(scripts)) return;
    for (const property of scripts.properties) {
      const name = propertyNameText(property.name);
      if (!name || !START_SCRIPTS.has(name) || !ts.isPropertyAssignment(property) || !ts.isStringLiteral(property.initializer)) continue;
      const match = migrationCommandIn(property.initializer.text);
      if (!match) continue;
      ctx.report({
        range: ctx.rangeOf(property.initializer),
        message: `The "${name}" script runs \`${match[0].trim()}\`, so every web process applies migrations when it starts. ${ADVICE}`,
      });
    }
  },
  yaml(ctx) {
    for (const document of ctx.documents) {
      visit(document, {
        Pair(_key, pair) {
          if (!isPair(pair) || !isScalar(pair.key) || !['command', 'entrypoint', 'args'].includes(String(pair.key.value))) return;
          const value = pair.value as YamlNode | null;
          const commandLine = yamlCommandLine(value);
          if (!commandLine || isMap(value) || !value?.range) return;
          const match = migrationCommandIn(commandLine);
          // A container that only migrates is a one-off admin process; one that migrates and
          // then starts the server migrates on every boot.
          if (!match || !startsServer(commandLine.slice(match.index + match[0].length))) return;
          ctx.report({
            range: ctx.rangeOfOffsets(value.range[0], value.range[1]),
            message: `This command runs \`${match[0].trim()}\` before starting the server, so every container applies migrations when it boots. ${ADVICE}`,
          });
        },
      });
    }
  },
};
