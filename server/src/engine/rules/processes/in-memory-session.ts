import ts = require('typescript');
import type { FileChange, Fix, ModuleBindings, Rule, ScriptContext, TextEdit } from '../../types';
import { findVariableInitializer, moduleOfExpression, resolveCallee } from '../../analysis/calls';
import { detectCodeStyle, isNameUsed, type CodeStyle } from '../../analysis/codeStyle';
import { cookedText } from '../../analysis/cookedText';
import { findProperty, propertyValue, skipOuterExpressions, staticString } from '../../analysis/literals';
import { topLevelStatementOf } from '../../analysis/scopes';
import { addDependenciesChange, changes, envExampleChange } from '../../fixes';
import { stripNodePrefix } from '../../script/bindings';

/**
 * Session middleware and where it keeps sessions when no `store` is given:
 *  - express-session, koa-generic-session, koa-session-minimal, koa-session2 → process memory;
 *  - koa-session → a signed cookie. The catalog (the contract) still lists "koa-session (without
 *    external store)" as a positive: the session never reaches a backing service, so it is capped
 *    by cookie size and cannot be revoked server-side. It is flagged with its own message that
 *    says so, rather than claiming the data sits in process memory;
 *  - @fastify/session / fastify-session (registered as plugins) → process memory.
 * cookie-session, @fastify/secure-session, iron-session… keep data client-side and are fine.
 */
const MEMORY_BY_DEFAULT = new Set(['express-session', 'koa-generic-session', 'koa-session-minimal', 'koa-session2', '@fastify/session', 'fastify-session']);
/** Keeps the session in a signed client cookie unless given an external `store` (or `ContextStore`). */
const COOKIE_BY_DEFAULT = new Set(['koa-session']);
const SESSION_MODULES = new Set([...MEMORY_BY_DEFAULT, ...COOKIE_BY_DEFAULT]);
const FASTIFY_SESSION_MODULES = new Set(['@fastify/session', 'fastify-session']);
/** Libraries whose stores connect-redis implements (the express-session Store API). */
const CONNECT_STORE_COMPATIBLE = new Set(['express-session', '@fastify/session', 'fastify-session']);
const MEMORY_STORE_CLASS = /^(In)?Mem(ory)?(Session)?Store$/i;
/** The memorystore package: `require('memorystore')(session)` makes an in-process store class. */
const MEMORY_STORE_MODULE = 'memorystore';
/**
 * Every module a finding needs the file to load: a session middleware (each finding of a
 * middleware is on a call that resolves to one of SESSION_MODULES) or an in-memory store class
 * (constructions resolve to a session module's MemoryStore or to memorystore).
 */
const MODULES_A_FINDING_NEEDS: ReadonlySet<string> = new Set([...SESSION_MODULES, MEMORY_STORE_MODULE]);

interface SessionSetup {
  /** `session({...})`, or `fastify.register(fastifySession, {...})`. */
  call: ts.CallExpression;
  module: string;
  /** Index in `call.arguments` where the options object goes. */
  optionsIndex: number;
  /** The options object literal, inline or through a `const options = {...}` of this file. */
  options: ts.ObjectLiteralExpression | undefined;
  /** Options were passed but are not a literal we can read (a call, a parameter, an import). */
  optionsUnknown: boolean;
  /** The variable holding the options, for `options.store = …` written later. */
  optionsName: string | undefined;
}


function readOptions(argument: ts.Expression | undefined): Pick<SessionSetup, 'options' | 'optionsUnknown' | 'optionsName'> {
  if (!argument) return { options: undefined, optionsUnknown: false, optionsName: undefined };
  const value = skipOuterExpressions(argument);
  if (ts.isObjectLiteralExpression(value)) return { options: value, optionsUnknown: false, optionsName: undefined };
  if (ts.isIdentifier(value)) {
    const initializer = findVariableInitializer(value);
    const object = initializer && skipOuterExpressions(initializer);
    if (object && ts.isObjectLiteralExpression(object)) return { options: object, optionsUnknown: false, optionsName: value.text };
  }
  return { options: undefined, optionsUnknown: true, optionsName: undefined };
}

function sessionSetupOf(call: ts.CallExpression, bindings: ModuleBindings): SessionSetup | undefined {
  const callee = skipOuterExpressions(call.expression);
  // fastify.register(fastifySession, { … }) / register(require('@fastify/session'), { … })
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'register' && call.arguments[0]) {
    const plugin = moduleOfExpression(call.arguments[0], bindings);
    if (!plugin || !FASTIFY_SESSION_MODULES.has(plugin.module) || !(plugin.path.length === 0 || (plugin.path.length === 1 && /^(default|fastifySession)$/.test(plugin.path[0]!)))) return undefined;
    return { call, module: plugin.module, optionsIndex: 1, ...readOptions(call.arguments[1]) };
  }
  const target = moduleOfExpression(callee, bindings);
  if (!target || !SESSION_MODULES.has(target.module) || FASTIFY_SESSION_MODULES.has(target.module)) return undefined;
  if (!(target.path.length === 0 || (target.path.length === 1 && target.path[0] === 'default'))) return undefined;
  if (target.module === 'koa-session' || target.module === 'koa-generic-session') {
    // session(app) / session(config, app) / session(app, config): the options are the object argument.
    const index = call.arguments.findIndex((argument) => readOptions(argument).options !== undefined);
    if (index !== -1) return { call, module: target.module, optionsIndex: index, ...readOptions(call.arguments[index]) };
    return { call, module: target.module, optionsIndex: 0, options: undefined, optionsUnknown: call.arguments.length > 1, optionsName: undefined };
  }
  return { call, module: target.module, optionsIndex: 0, ...readOptions(call.arguments[0]) };
}

/** `new Map()` / `{}` / `Object.create(null)` held by a module variable: in-process storage. */
function isInProcessCollection(identifier: ts.Identifier): boolean {
  const initializer = findVariableInitializer(identifier);
  const value = initializer && skipOuterExpressions(initializer);
  if (!value) return false;
  if (ts.isObjectLiteralExpression(value)) return true;
  if (ts.isNewExpression(value) && ts.isIdentifier(value.expression)) return value.expression.text === 'Map';
  return ts.isCallExpression(value) && value.expression.getText() === 'Object.create';
}

/** A hand-written store object (`{ get, set, destroy }`) that keeps sessions in a module Map/object. */
function isHandWrittenMemoryStore(object: ts.ObjectLiteralExpression): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    let target: ts.Expression | undefined;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'set') target = node.expression.expression;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isElementAccessExpression(node.left)) target = node.left.expression;
    if (target && ts.isIdentifier(skipOuterExpressions(target)) && isInProcessCollection(skipOuterExpressions(target) as ts.Identifier)) {
      found = true;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(object);
  return found;
}

/**
 * The session library whose in-memory store class `new X()` constructs, known from imports:
 * `session.MemoryStore` / `{ MemoryStore }` of a session library, or a `memorystore` class
 * (`require('memorystore')(session)`). Undefined when X is not provably such a class.
 */
function memoryStoreLibrary(callee: ts.Expression, bindings: ModuleBindings, depth = 0): string | undefined {
  const node = skipOuterExpressions(callee);
  const target = moduleOfExpression(node, bindings);
  if (target?.module === MEMORY_STORE_MODULE) return MEMORY_STORE_MODULE;
  if (target && SESSION_MODULES.has(target.module) && target.path[target.path.length - 1] === 'MemoryStore') return target.module;
  if (ts.isCallExpression(node)) {
    // new (require('memorystore')(session))()
    return moduleOfExpression(node.expression, bindings)?.module === MEMORY_STORE_MODULE ? MEMORY_STORE_MODULE : undefined;
  }
  if (ts.isIdentifier(node) && depth < 3) {
    // const MemoryStore = require('memorystore')(session) / createMemoryStore(session) / session.MemoryStore
    const initializer = findVariableInitializer(node);
    const value = initializer && skipOuterExpressions(initializer);
    if (value && ts.isCallExpression(value)) return moduleOfExpression(value.expression, bindings)?.module === MEMORY_STORE_MODULE ? MEMORY_STORE_MODULE : undefined;
    if (value) return memoryStoreLibrary(value, bindings, depth + 1);
  }
  return undefined;
}

const ENVIRONMENT_TEST = /NODE_ENV|APP_ENV|\bENV\b|production|development|\bprod\b|\bdev\b|isProd|isDev|isProduction|isDevelopment|isLocal|isTest/;

/**
 * The store is chosen per environment (`isProd ? new RedisStore(…) : new MemoryStore()`, an
 * `if (process.env.NODE_ENV …)` branch): a divergence between environments, which
 * dev-prod-parity/divergent-backing-service reports; not this rule's finding.
 */
function isEnvironmentBranch(node: ts.Node): boolean {
  for (let current: ts.Node = node; current.parent && !ts.isSourceFile(current.parent) && !ts.isFunctionLike(current.parent); current = current.parent) {
    const parent = current.parent;
    if (ts.isConditionalExpression(parent) && parent.condition !== current) return true;
    if (ts.isBinaryExpression(parent) && parent.right === current && (parent.operatorToken.kind === ts.SyntaxKind.BarBarToken || parent.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) return true;
    if (ts.isIfStatement(parent) && parent.expression !== current && ENVIRONMENT_TEST.test(parent.expression.getText())) return true;
    if ((ts.isCaseClause(parent) || ts.isDefaultClause(parent)) && ENVIRONMENT_TEST.test(parent.parent.parent.expression.getText())) return true;
  }
  return false;
}

/** Follows `store: memoryStore` to `const memoryStore = new …()` in this file. */
function storeDefinition(expression: ts.Expression, depth = 0): ts.Expression {
  const node = skipOuterExpressions(expression);
  if (ts.isIdentifier(node) && depth < 3) {
    const initializer = findVariableInitializer(node);
    if (initializer) return storeDefinition(initializer, depth + 1);
  }
  return node;
}

/** The `store` value keeps sessions in this process: MemoryStore, memorystore, a `*MemoryStore` class, a hand-written Map store. */
function isMemoryStore(expression: ts.Expression, bindings: ModuleBindings): boolean {
  const node = storeDefinition(expression);
  if (ts.isNewExpression(node)) {
    if (memoryStoreLibrary(node.expression, bindings)) return true;
    const callee = skipOuterExpressions(node.expression);
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
    return !!name && MEMORY_STORE_CLASS.test(name);
  }
  return ts.isObjectLiteralExpression(node) && isHandWrittenMemoryStore(node);
}

// ---------------------------------------------------------------------------------------
// The quick fix: a connect-redis store reading REDIS_URL.
// connect-redis ≥ 8 exports `{ RedisStore }` and takes a node-redis (`redis`) client that the
// app must connect itself; v7 and older export the class as default. A client that is never
// connected makes every session read fail, so the fix adds `redisClient.connect()`.
// ---------------------------------------------------------------------------------------

const CONNECT_REDIS_RANGE = '^9.0.0';
const REDIS_RANGE = '^5.0.0';

function majorOf(range: string | undefined): number | undefined {
  const match = range ? /(\d+)/.exec(range) : null;
  return match ? Number(match[1]) : undefined;
}

function isModuleFile(ctx: ScriptContext): boolean {
  if (/\.(mjs|mts)$/.test(ctx.file.path)) return true;
  if (/\.(cjs|cts)$/.test(ctx.file.path)) return false;
  if (ctx.sourceFile.statements.some((statement) => ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement) || ts.isExportAssignment(statement))) return true;
  const usesRequire = [...ctx.bindings.values()].length > 0;
  if (/\.(ts|tsx)$/.test(ctx.file.path)) return !usesRequire;
  return false;
}

/** The local name of a binding to `module` whose imported name is one of `imported`. */
function boundName(bindings: ModuleBindings, module: string, imported: readonly string[]): { local: string; imported: string } | undefined {
  for (const [local, binding] of bindings) if (binding.module === module && imported.includes(binding.imported)) return { local, imported: binding.imported };
  return undefined;
}

/** A module-level `const x = createClient(…)` (node-redis) this file already has. */
function existingRedisClient(ctx: ScriptContext): string | undefined {
  for (const statement of ctx.sourceFile.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      let value = declaration.initializer && skipOuterExpressions(declaration.initializer);
      if (value && ts.isAwaitExpression(value)) value = skipOuterExpressions(value.expression);
      if (!value || !ts.isCallExpression(value) || !ts.isIdentifier(declaration.name)) continue;
      const resolved = resolveCallee(value.expression, ctx.bindings);
      if (resolved?.module === 'redis' && resolved.path[resolved.path.length - 1] === 'createClient') return declaration.name.text;
    }
  }
  return undefined;
}

function isTopLevelName(ctx: ScriptContext, name: string): boolean {
  return ctx.bindings.has(name) || isNameUsed(ctx.sourceFile, name);
}

function statementLineStart(ctx: ScriptContext, statement: ts.Statement): number {
  const text = ctx.sourceFile.text;
  const comments = ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? [];
  const start = comments.length > 0 ? comments[0]!.pos : statement.getStart(ctx.sourceFile);
  return text.lastIndexOf('\n', start - 1) + 1;
}

/** After the last import/require statement that precedes `anchor`, else before the first statement. */
function importInsertionOffset(ctx: ScriptContext, anchor: ts.Statement): number {
  const text = ctx.sourceFile.text;
  let after: ts.Statement | undefined;
  for (const statement of ctx.sourceFile.statements) {
    if (statement.pos >= anchor.pos) break;
    const isImport = ts.isImportDeclaration(statement) || ts.isImportEqualsDeclaration(statement) || (ts.isVariableStatement(statement) && statement.declarationList.declarations.every((declaration) => declaration.initializer && /^require\(|^require\(.*\)\.\w+$/.test(skipOuterExpressions(declaration.initializer).getText())));
    if (isImport) after = statement;
  }
  if (after) {
    const lineEnd = text.indexOf('\n', after.getEnd());
    return lineEnd === -1 ? text.length : lineEnd + 1;
  }
  const firstCode = ctx.sourceFile.statements.find((statement) => !(ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression)));
  return statementLineStart(ctx, firstCode ?? anchor);
}

interface StorePlan {
  importLines: string[];
  clientLines: string[];
  storeExpression: string;
  dependencies: Array<[string, string]>;
}

function planRedisStore(ctx: ScriptContext, style: CodeStyle): StorePlan | undefined {
  const q = style.quote;
  const semi = style.semicolons ? ';' : '';
  const esm = isModuleFile(ctx);
  const pkg = ctx.facts.packageFor(ctx.file.path);
  const declared = (name: string) => pkg?.dependencies.get(name)?.range;
  const importLines: string[] = [];
  const clientLines: string[] = [];
  const dependencies: Array<[string, string]> = [];

  // The store class.
  let storeClass: string;
  const bound = boundName(ctx.bindings, 'connect-redis', ['RedisStore', 'default', '*']);
  if (bound) {
    storeClass = bound.imported === '*' && !/^[A-Z]/.test(bound.local) ? `${bound.local}.RedisStore` : bound.local;
  } else {
    if (isTopLevelName(ctx, 'RedisStore')) return undefined;
    storeClass = 'RedisStore';
    const legacy = (majorOf(declared('connect-redis')) ?? 99) <= 7;
    if (esm) importLines.push(legacy ? `import RedisStore from ${q}connect-redis${q}${semi}` : `import { RedisStore } from ${q}connect-redis${q}${semi}`);
    else importLines.push(legacy ? `const RedisStore = require(${q}connect-redis${q}).default${semi}` : `const { RedisStore } = require(${q}connect-redis${q})${semi}`);
    if (!declared('connect-redis')) dependencies.push(['connect-redis', CONNECT_REDIS_RANGE]);
  }

  // The client.
  let client = existingRedisClient(ctx);
  if (!client) {
    let createClient: string;
    const named = boundName(ctx.bindings, 'redis', ['createClient']);
    const whole = boundName(ctx.bindings, 'redis', ['*', 'default']);
    if (named) createClient = named.local;
    else if (whole) createClient = `${whole.local}.createClient`;
    else {
      if (isTopLevelName(ctx, 'createClient')) return undefined;
      createClient = 'createClient';
      importLines.push(esm ? `import { createClient } from ${q}redis${q}${semi}` : `const { createClient } = require(${q}redis${q})${semi}`);
    }
    client = isTopLevelName(ctx, 'redisClient') ? 'sessionRedisClient' : 'redisClient';
    if (isTopLevelName(ctx, client)) return undefined;
    clientLines.push(`const ${client} = ${createClient}({ url: process.env.REDIS_URL })${semi}`, `${client}.connect().catch(console.error)${semi}`);
    if (!declared('redis')) dependencies.push(['redis', (majorOf(declared('connect-redis')) ?? 99) <= 8 && declared('connect-redis') ? '^4.7.0' : REDIS_RANGE]);
  }
  return { importLines, clientLines, storeExpression: `new ${storeClass}({ client: ${client} })`, dependencies };
}

function offsetEdit(ctx: ScriptContext, start: number, end: number, newText: string): TextEdit {
  return { range: { start: ctx.positionAt(start), end: ctx.positionAt(end) }, newText };
}

/** The edit that adds a `store` option to `setup` (into its options object, or a new one). */
function addStoreEdit(ctx: ScriptContext, setup: SessionSetup, storeExpression: string, style: CodeStyle): { edit: TextEdit; at: ts.Node } {
  const text = ctx.sourceFile.text;
  const property = `store: ${storeExpression}`;
  const options = setup.options;
  if (options) {
    const first = options.properties[0];
    if (!first) return { edit: offsetEdit(ctx, options.getStart(ctx.sourceFile), options.getEnd(), `{ ${property} }`), at: options };
    const firstStart = first.getStart(ctx.sourceFile);
    const braceLine = ctx.positionAt(options.getStart(ctx.sourceFile)).line;
    const firstLine = ctx.positionAt(firstStart).line;
    if (firstLine === braceLine) return { edit: offsetEdit(ctx, firstStart, firstStart, `${property}, `), at: options };
    const lineStart = text.lastIndexOf('\n', firstStart - 1) + 1;
    const indent = text.slice(lineStart, firstStart);
    return { edit: offsetEdit(ctx, firstStart, firstStart, `${property},${style.newline}${indent}`), at: options };
  }
  // No options at all: session() → session({ store }), register(plugin) → register(plugin, { store })
  const args = setup.call.arguments;
  if (setup.optionsIndex === 0 || args.length === 0) {
    const open = setup.call.arguments.pos;
    return { edit: offsetEdit(ctx, open, open, `{ ${property} }${args.length > 0 ? ', ' : ''}`), at: setup.call };
  }
  const previous = args[setup.optionsIndex - 1]!;
  return { edit: offsetEdit(ctx, previous.getEnd(), previous.getEnd(), `, { ${property} }`), at: setup.call };
}

/**
 * The Redis-store fix, either replacing an in-memory store construction (`memoryStore`) or
 * adding a `store` option to `setup`'s options.
 */
function redisStoreFix(ctx: ScriptContext, module: string, target: { memoryStore: ts.Expression } | { setup: SessionSetup }): Fix | undefined {
  if (!CONNECT_STORE_COMPATIBLE.has(module)) return undefined;
  if ('setup' in target && !target.setup.options && target.setup.optionsUnknown) return undefined;
  const style = detectCodeStyle(ctx.sourceFile);
  const plan = planRedisStore(ctx, style);
  if (!plan) return undefined;
  const { edit, at } = 'setup' in target ? addStoreEdit(ctx, target.setup, plan.storeExpression, style) : { edit: offsetEdit(ctx, target.memoryStore.getStart(ctx.sourceFile), target.memoryStore.getEnd(), plan.storeExpression), at: target.memoryStore };
  const anchor = topLevelStatementOf(at);
  if (!anchor) return undefined;
  const nl = style.newline;
  const edits: TextEdit[] = [edit];
  const importAt = importInsertionOffset(ctx, anchor);
  const clientAt = statementLineStart(ctx, anchor);
  const importText = plan.importLines.map((line) => line + nl).join('');
  const clientText = plan.clientLines.length > 0 ? plan.clientLines.map((line) => line + nl).join('') + nl : '';
  if (importAt === clientAt) {
    const joined = importText + (importText && clientText ? nl : '') + clientText;
    if (joined) edits.push(offsetEdit(ctx, importAt, importAt, joined));
  } else {
    if (importText) edits.push(offsetEdit(ctx, importAt, importAt, importText));
    if (clientText) edits.push(offsetEdit(ctx, clientAt, clientAt, clientText));
  }
  const pkg = ctx.facts.packageFor(ctx.file.path);
  const fileChanges: FileChange[] = [{ path: ctx.file.path, edits }];
  fileChanges.push(...changes(pkg ? addDependenciesChange(ctx.facts, pkg, plan.dependencies) : undefined, plan.clientLines.length > 0 ? envExampleChange(ctx.facts, ctx.file.path, 'REDIS_URL') : undefined));
  return {
    title: 'Store sessions in Redis (connect-redis, REDIS_URL)',
    isPreferred: true,
    // Adds dependencies and a Redis server to the app's backing services: review before applying.
    safe: false,
    changes: fileChanges,
  };
}

export const inMemorySession: Rule = {
  meta: {
    id: 'processes/in-memory-session',
    factor: 6,
    title: 'Keep sessions in a backing store, not in process memory',
    // Kept as is: the editor settings (package.json contributes) are generated from it. The
    // koa-session case is explained by its own message and on the doc page.
    description: 'express-session, @fastify/session and koa-generic-session keep sessions in the memory of one process unless given a store: a user is logged out by every restart and by every request that lands on another instance. Store sessions in Redis or a database, or in a signed cookie.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  scriptKeywords: ['session'],
  scriptMayReport(ctx) {
    // The rule returns no visitor for test files.
    if (ctx.file.isTest) return false;
    // Every finding is on a call or `new` that moduleOfExpression resolves to one of these
    // modules, and it only knows modules from static imports and requires (`import session
    // from 'express-session'`, `require('memorystore')(session)`, `await import('koa-session')`),
    // whose specifiers the scan lists.
    const specifiers = ctx.moduleSpecifiers();
    if (specifiers) return specifiers.some((specifier) => MODULES_A_FINDING_NEEDS.has(stripNodePrefix(specifier)));
    // The scan gives up on escapes anywhere in the text (a `\u` in a regular expression is
    // enough); a specifier is still a string whose value holds the module's name.
    const text = cookedText(ctx.text);
    return [...MODULES_A_FINDING_NEEDS].some((module) => text.includes(module));
  },
  script(ctx) {
    if (ctx.file.isTest) return {};
    const setups: SessionSetup[] = [];
    /** `new session.MemoryStore()` / memorystore constructions: reported on the session middleware given them, else where they are built. */
    const constructions = new Map<ts.NewExpression, string>();
    /** `options.store = …` written after the options object was built, by variable name. */
    const laterStores = new Map<string, ts.Expression[]>();
    const sessionsInProcess = 'sessions live in this process only, so a restart logs everyone out and other instances do not see them. Use a store backed by Redis or a database.';
    return {
      [ts.SyntaxKind.CallExpression]: (node) => {
        const setup = sessionSetupOf(node as ts.CallExpression, ctx.bindings);
        if (setup) setups.push(setup);
      },
      [ts.SyntaxKind.NewExpression]: (node) => {
        const construction = node as ts.NewExpression;
        const library = memoryStoreLibrary(construction.expression, ctx.bindings);
        if (library) constructions.set(construction, library);
      },
      [ts.SyntaxKind.BinaryExpression]: (node) => {
        const binary = node as ts.BinaryExpression;
        if (binary.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return;
        const target = skipOuterExpressions(binary.left);
        const isStoreTarget = (ts.isPropertyAccessExpression(target) && target.name.text === 'store') || (ts.isElementAccessExpression(target) && staticString(target.argumentExpression) === 'store');
        if (!isStoreTarget || !ts.isIdentifier(skipOuterExpressions(target.expression))) return;
        const name = (skipOuterExpressions(target.expression) as ts.Identifier).text;
        let list = laterStores.get(name);
        if (!list) laterStores.set(name, (list = []));
        list.push(binary.right);
      },
      onEnd: () => {
        /** Constructions that a session middleware of this file is given: reported on that middleware's call. */
        const usedBySetup = new Set<ts.NewExpression>();
        for (const setup of setups) {
          const label = setup.module;
          const stores: ts.Expression[] = [];
          const inline = setup.options && propertyValue(setup.options, 'store');
          if (inline) stores.push(inline);
          if (setup.optionsName) stores.push(...(laterStores.get(setup.optionsName) ?? []));
          if (stores.length > 0) {
            // Any external store assigned somewhere wins; flag only stores that are all in memory.
            if (!stores.every((store) => isMemoryStore(store, ctx.bindings))) continue;
            const definition = storeDefinition(stores[0]!);
            // Chosen per environment: dev-prod-parity/divergent-backing-service's finding.
            if (isEnvironmentBranch(stores[0]!) || isEnvironmentBranch(definition)) continue;
            const library = ts.isNewExpression(definition) ? constructions.get(definition) : undefined;
            if (ts.isNewExpression(definition)) usedBySetup.add(definition);
            // The finding covers the middleware's creation (where a reviewer points); the fix
            // replaces the store's construction, which every user of that store then shares.
            const replaced = ts.isNewExpression(definition) ? definition : skipOuterExpressions(stores[0]!);
            const fix = redisStoreFix(ctx, setup.module, { memoryStore: replaced });
            const which = library === MEMORY_STORE_MODULE ? ' (memorystore)' : library ? ` (${library}'s MemoryStore)` : '';
            ctx.report({ range: ctx.rangeOf(setup.call), message: `${label} is given an in-memory session store${which}: ${sessionsInProcess}`, fixes: fix ? [fix] : [] });
            continue;
          }
          const keepsSessionInCookie = COOKIE_BY_DEFAULT.has(setup.module);
          if (!(MEMORY_BY_DEFAULT.has(setup.module) || keepsSessionInCookie) || isEnvironmentBranch(setup.call)) continue;
          // Options we cannot see (a call, spread config) may well carry a store.
          if (setup.optionsUnknown) continue;
          if (setup.options && (setup.options.properties.some((property) => ts.isSpreadAssignment(property)) || findProperty(setup.options, 'store'))) continue;
          if (keepsSessionInCookie) {
            // koa-session's `ContextStore` option is an external store class too.
            if (setup.options && findProperty(setup.options, 'ContextStore')) continue;
            ctx.report({
              range: ctx.rangeOf(setup.call),
              message: `${label} without an external \`store\` keeps the whole session in a signed client cookie: nothing is held in a backing service the processes share, so sessions are capped by cookie size (about 4 KB), cannot be revoked server-side, and every instance must share the same app.keys. Configure an external store (e.g. Redis via koa-redis).`,
            });
            continue;
          }
          const fix = redisStoreFix(ctx, setup.module, { setup });
          ctx.report({
            range: ctx.rangeOf(setup.call),
            message: `${label} without a \`store\` keeps sessions in process memory (its default MemoryStore): a restart logs everyone out and other instances do not see them. Pass a store backed by Redis or a database.`,
            fixes: fix ? [fix] : [],
          });
        }
        // A MemoryStore is only ever built to hold sessions, wherever it is used (keycloak-connect's
        // `store`, exported to another module's session middleware): without a session middleware
        // of this file to report, report it where it is built.
        for (const [construction, library] of constructions) {
          if (usedBySetup.has(construction) || isEnvironmentBranch(construction)) continue;
          const what = library === MEMORY_STORE_MODULE ? 'memorystore keeps sessions in process memory' : `${library}'s MemoryStore keeps sessions in process memory`;
          const fix = redisStoreFix(ctx, library === MEMORY_STORE_MODULE ? 'express-session' : library, { memoryStore: construction });
          ctx.report({ range: ctx.rangeOf(construction), message: `${what}: ${sessionsInProcess}`, fixes: fix ? [fix] : [] });
        }
      },
    };
  },
};
