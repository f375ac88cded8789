import ts = require('typescript');
import { isMap, isPair, isScalar, isSeq, type Node as YamlNode, type Scalar } from 'yaml';
import type { Fix, Range, Rule, ScriptContext, YamlContext } from '../../types';
import { expressionPath, resolveCallee } from '../../analysis/calls';
import { findDeclaration, findInitializer } from '../../analysis/declarations';
import { valueComesFromEnv, envReadName } from '../../analysis/env';
import { isOuterExpression, propertyNameText, skipOuterExpressions, staticString } from '../../analysis/literals';
import { toEnvVarName } from '../../analysis/names';
import {
  SERVICES,
  SUBSTITUTION,
  backingServiceOfLocation,
  describeLocation,
  isLoopbackHost,
  isPublicWebLocation,
  locationFitsRole,
  locationRoleOfName,
  parseLocation,
  serviceOfModule,
  serviceOfName,
  type LocationRole,
  type ParsedLocation,
  type ServiceKey,
} from '../../analysis/backingServices';
import { requiredModule } from '../../script/bindings';
import { baseName } from '../../fileKinds';
import { changes, envExampleChange } from '../../fixes';

type StringLikeLiteral = ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression;
type ClientCall = ts.CallExpression | ts.NewExpression;

/** Test support that lives outside test folders: runner configs and setup files. */
const TEST_SUPPORT_FILE = /^((jest|vitest|mocha|karma|cypress|playwright|ava|wdio)(\.[a-z-]+)*\.(config|setup|conf)|setup-?tests?|test-?setup|test-?utils|global-?(setup|teardown))\.[cm]?[jt]sx?$/i;
const TEST_SUPPORT_DIR = /(^|\/)(cypress|playwright|mocks|__mocks__|testing|test-utils)\//;

/** Keys / calls whose strings document or default a value read from the environment (convict, envalid, zod, yargs). */
const DOC_OR_DEFAULT_KEYS = new Set(['default', 'devdefault', 'example', 'examples', 'description', 'desc', 'doc', 'docs', 'help', 'placeholder', 'hint', 'pattern', 'format']);
const IGNORED_CALLS = new Set(['startsWith', 'endsWith', 'includes', 'indexOf', 'replace', 'replaceAll', 'match', 'matchAll', 'split', 'test', 'has', 'default', 'devDefault', 'describe', 'example', 'examples', 'placeholder', 'catch', 'error', 'warn', 'info', 'log', 'debug', 'trace']);

/** What holds a literal: a property, a variable, an assignment target, or a call argument. */
type Owner =
  | { kind: 'property'; name: string | undefined; object: ts.ObjectLiteralExpression }
  | { kind: 'variable'; name: string }
  | { kind: 'assignment'; name: string | undefined; envTarget: boolean }
  | { kind: 'argument'; call: ClientCall }
  | { kind: 'none' };

/** Why a literal counts as configured for a backing service. */
interface Verdict {
  service: ServiceKey | undefined;
  role: LocationRole;
  /** The env var the fix introduces. */
  variable: string | undefined;
}

function isTestSupportPath(path: string): boolean {
  return TEST_SUPPORT_FILE.test(baseName(path)) || TEST_SUPPORT_DIR.test(path);
}

/** The literal's text; template substitutions become SUBSTITUTION so a dynamic host is recognisable. */
function skeletonOf(literal: StringLikeLiteral): string {
  if (ts.isTemplateExpression(literal)) return literal.head.text + literal.templateSpans.map((span) => SUBSTITUTION + span.literal.text).join('');
  return literal.text;
}

function climbTransparent(node: ts.Node): ts.Node {
  let current = node;
  while (current.parent && isOuterExpression(current.parent)) current = current.parent;
  return current;
}

function isComparison(kind: ts.SyntaxKind): boolean {
  return kind === ts.SyntaxKind.EqualsEqualsEqualsToken || kind === ts.SyntaxKind.EqualsEqualsToken || kind === ts.SyntaxKind.ExclamationEqualsEqualsToken || kind === ts.SyntaxKind.ExclamationEqualsToken;
}

function isLiteralLike(expression: ts.Expression): boolean {
  const node = skipOuterExpressions(expression);
  return ts.isStringLiteralLike(node) || ts.isNumericLiteral(node) || ts.isTemplateExpression(node) || node.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(node) && node.text === 'undefined');
}

function isEnvObject(expression: ts.Expression): boolean {
  const node = skipOuterExpressions(expression);
  const path = expressionPath(node);
  if (path && (path.join('.') === 'process.env' || path.join('.') === 'Bun.env')) return true;
  return ts.isPropertyAccessExpression(node) && node.name.text === 'env' && ts.isMetaProperty(node.expression);
}

/**
 * True when the literal is not a configured location but a default of an env read
 * (`process.env.X || '…'`, `const { X = '…' } = process.env`, convict `default:`), a value
 * compared against, an argument of a string method or a log call, or documentation.
 */
function isExemptContext(literal: ts.Node): boolean {
  let current = climbTransparent(literal);
  for (let depth = 0; depth < 6 && current.parent; depth++) {
    const parent = current.parent;
    if (ts.isBinaryExpression(parent)) {
      const operator = parent.operatorToken.kind;
      if (isComparison(operator)) return true;
      if ((operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken) && parent.right === current) {
        // The default of something configured elsewhere: the environment (`process.env.X || …`)
        // or options / config passed in (`opts.host || 'localhost'`). Only a literal on the
        // left would make the whole expression hardcoded.
        if (valueComesFromEnv(parent.left) || !isLiteralLike(parent.left)) return true;
        current = climbTransparent(parent);
        continue;
      }
      if (operator === ts.SyntaxKind.PlusToken) {
        current = climbTransparent(parent);
        continue;
      }
      return false;
    }
    if (ts.isConditionalExpression(parent)) {
      if (parent.condition === current) return true;
      const other = parent.whenTrue === current ? parent.whenFalse : parent.whenTrue;
      if (valueComesFromEnv(other)) return true;
      current = climbTransparent(parent);
      continue;
    }
    if (ts.isBindingElement(parent) && parent.initializer === current) {
      const declaration = parent.parent.parent;
      return ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined && isEnvObject(declaration.initializer);
    }
    if (ts.isCaseClause(parent)) return true;
    if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) {
      const callee = skipOuterExpressions(parent.expression);
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
      if (name && IGNORED_CALLS.has(name) && parent.expression !== current) return true;
      if (name === 'RegExp' || name === 'Error' || /Error$/.test(name ?? '')) return true;
      const path = expressionPath(callee);
      if (path && (path[0] === 'console' || /^(logger|log)$/i.test(path[0]!))) return true;
      return false;
    }
    if (ts.isArrayLiteralExpression(parent)) {
      current = climbTransparent(parent);
      continue;
    }
    if (ts.isPropertyAssignment(parent)) {
      const key = propertyNameText(parent.name)?.toLowerCase();
      return key !== undefined && DOC_OR_DEFAULT_KEYS.has(key);
    }
    return false;
  }
  return false;
}

/** Finds what a literal is assigned to, through arrays, `?:` branches and `||` defaults. */
function ownerOf(literal: ts.Node): { owner: Owner; array: ts.ArrayLiteralExpression | undefined } {
  let current = climbTransparent(literal);
  let array: ts.ArrayLiteralExpression | undefined;
  for (let depth = 0; depth < 6 && current.parent; depth++) {
    const parent = current.parent;
    if (ts.isArrayLiteralExpression(parent) && !array) {
      array = parent;
      current = climbTransparent(parent);
      continue;
    }
    if (ts.isConditionalExpression(parent) && parent.condition !== current) {
      current = climbTransparent(parent);
      continue;
    }
    if (ts.isBinaryExpression(parent) && parent.right === current && (parent.operatorToken.kind === ts.SyntaxKind.BarBarToken || parent.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) {
      current = climbTransparent(parent);
      continue;
    }
    if (ts.isPropertyAssignment(parent) && parent.initializer === current && ts.isObjectLiteralExpression(parent.parent)) {
      return { owner: { kind: 'property', name: propertyNameText(parent.name), object: parent.parent }, array };
    }
    if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isPropertyDeclaration(parent) || ts.isBindingElement(parent)) && parent.initializer === current) {
      const name = ts.isIdentifier(parent.name) ? parent.name.text : ts.isPropertyDeclaration(parent) ? propertyNameText(parent.name) : undefined;
      return { owner: name ? { kind: 'variable', name } : { kind: 'none' }, array };
    }
    if (ts.isBinaryExpression(parent) && parent.right === current && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const path = expressionPath(parent.left);
      const envTarget = envReadName(parent.left) !== undefined;
      return { owner: { kind: 'assignment', name: path?.[path.length - 1], envTarget }, array };
    }
    if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression !== current) {
      return { owner: { kind: 'argument', call: parent }, array };
    }
    break;
  }
  return { owner: { kind: 'none' }, array };
}

/** A literal key name → the options object holding it "is about" a database (`dialect`, `database`, credentials). */
function serviceOfOptionsKeys(object: ts.ObjectLiteralExpression): ServiceKey | undefined {
  const keys = new Map<string, ts.Expression | undefined>();
  for (const property of object.properties) {
    const key = propertyNameText(property.name);
    if (key) keys.set(key.toLowerCase(), ts.isPropertyAssignment(property) ? property.initializer : undefined);
  }
  const stringValue = (key: string) => {
    const value = keys.get(key);
    return value ? staticString(skipOuterExpressions(value))?.toLowerCase() : undefined;
  };
  for (const key of ['client', 'type', 'dialect', 'driver']) {
    const value = stringValue(key);
    if (!value) continue;
    if (/^(pg|postgres|postgresql|mysql2?|mariadb|mssql|oracle(db)?|cockroachdb|sqlite3?|better-sqlite3|tedious)$/.test(value)) return 'database';
    if (/^mongo(db)?$/.test(value)) return 'mongo';
    if (/^(redis|ioredis)$/.test(value)) return 'redis';
  }
  if (keys.has('replicaset') || keys.has('authsource')) return 'mongo';
  if (keys.has('keyprefix') || keys.has('maxretriesperrequest') || keys.has('sentinels')) return 'redis';
  if (keys.has('dialect') || keys.has('database') || keys.has('dbname') || keys.has('connectionlimit')) return 'database';
  // Credentials beside a host: some server the app logs into (FTP, LDAP, a database).
  if ((keys.has('user') || keys.has('username')) && (keys.has('password') || keys.has('pass'))) return 'generic';
  if (keys.has('auth') && (keys.has('secure') || keys.has('tls')) && keys.has('host')) return 'smtp';
  return undefined;
}

interface ScriptState {
  ctx: ScriptContext;
  clientOptions: Map<ts.ObjectLiteralExpression, ServiceKey>;
  clientCalls: Map<ClientCall, ServiceKey>;
}

/** The object literal an expression is, directly or through a local `const options = {…}`. */
function objectLiteralOf(expression: ts.Expression): ts.ObjectLiteralExpression | undefined {
  const node = skipOuterExpressions(expression);
  if (ts.isObjectLiteralExpression(node)) return node;
  if (ts.isIdentifier(node)) {
    const initializer = findInitializer(node);
    const value = initializer && skipOuterExpressions(initializer);
    if (value && ts.isObjectLiteralExpression(value)) return value;
  }
  return undefined;
}

/** Which backing-service client a call creates or configures, through imports, requires and `const pgp = pgPromise()`. */
function clientServiceOf(call: ClientCall, ctx: ScriptContext): ServiceKey | undefined {
  const callee = skipOuterExpressions(call.expression);
  const required = requiredModule(callee);
  if (required) return serviceOfModule(required);
  const resolved = resolveCallee(callee, ctx.bindings);
  if (resolved?.module) return serviceOfModule(resolved.module, resolved.path);
  // const pgp = require('pg-promise')(); pgp({ host }) / const redis = Redis.createClient; …
  if (ts.isIdentifier(callee)) {
    const initializer = findInitializer(callee);
    const value = initializer && skipOuterExpressions(initializer);
    if (value && (ts.isCallExpression(value) || ts.isNewExpression(value)) && value !== call) {
      const inner = skipOuterExpressions(value.expression);
      const innerRequired = requiredModule(inner);
      if (innerRequired) return serviceOfModule(innerRequired);
      const innerResolved = resolveCallee(inner, ctx.bindings);
      if (innerResolved?.module && innerResolved.module === 'pg-promise') return 'database';
    }
  }
  return undefined;
}

/**
 * Whether an options object configures a backing service, and which: it is passed to a
 * client, or it (or an object around it) is held by a service-named key or variable
 * (`redis: {…}`, `const dbConfig = {…}`), or its keys say database (`dialect`, `database`…).
 */
function optionsServiceOf(state: ScriptState, object: ts.ObjectLiteralExpression): ServiceKey | undefined {
  let current: ts.Node = object;
  // Service-named holders count only close by (`redis: { socket: { host } }`); deeper, a
  // `url` is likely about something else (`email: { templates: { logo: { url } } }`).
  let objectLevel = 0;
  for (let depth = 0; depth < 12 && current.parent; depth++) {
    if (ts.isObjectLiteralExpression(current)) {
      const client = state.clientOptions.get(current);
      if (client) return client;
      const byKeys = current === object ? serviceOfOptionsKeys(current) : undefined;
      if (byKeys) return byKeys;
      objectLevel++;
    }
    const parent: ts.Node = current.parent;
    const nearby = objectLevel <= 2;
    if (ts.isPropertyAssignment(parent)) {
      const named = nearby ? serviceOfName(propertyNameText(parent.name) ?? '') : undefined;
      if (named) return named;
      current = parent.parent;
      continue;
    }
    if (ts.isVariableDeclaration(parent)) {
      return nearby && ts.isIdentifier(parent.name) ? serviceOfName(parent.name.text) : undefined;
    }
    if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) {
      const client = state.clientCalls.get(parent);
      if (client) return client;
      // registerAs('database', () => ({ … })) in @nestjs/config
      const label = staticString(parent.arguments?.[0]);
      if (nearby && label && parent.arguments?.[0] !== current) return serviceOfName(label);
      return undefined;
    }
    if (ts.isArrayLiteralExpression(parent) || ts.isParenthesizedExpression(parent) || ts.isArrowFunction(parent) || ts.isFunctionExpression(parent) || ts.isReturnStatement(parent) || ts.isBlock(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent) || ts.isAwaitExpression(parent)) {
      current = parent;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** The env var a fix introduces for a value of `role` for `service`. */
function variableFor(service: ServiceKey | undefined, role: LocationRole, location: ParsedLocation | undefined): string {
  const scheme = location ? backingServiceOfLocation(location) : undefined;
  if (scheme && (role === 'url' || role === 'endpoint' || !service)) return SERVICES[scheme].urlVariable;
  const info = SERVICES[service ?? scheme ?? 'database'];
  switch (role) {
    case 'url':
    case 'endpoint':
      return info.urlVariable;
    case 'host':
      return `${info.prefix}_HOST`;
    case 'hosts':
      return service === 'memcached' || service === 'cassandra' || service === 'nats' ? info.urlVariable : `${info.prefix}_HOSTS`;
    case 'brokers':
      return service === 'kafka' ? info.urlVariable : `${info.prefix}_BROKERS`;
    case 'port':
      return `${info.prefix}_PORT`;
  }
}

function isServiceVariableName(name: string | undefined): name is string {
  return name !== undefined && serviceOfName(name) !== undefined && locationRoleOfName(name) !== undefined;
}

/** The variable a name becomes: `redisHost` → REDIS_HOST, `DB_HOST` stays. */
function variableFromName(name: string): string {
  return /^[A-Z][A-Z0-9_]*$/.test(name) ? name : toEnvVarName(name);
}

/**
 * Decides whether a location literal is configured for a backing service. Connection URLs
 * with a backing-service scheme always are; hosts, `host:port` lists, IPs and http(s)
 * endpoints only in a client's options, as a client's argument, or under a service name.
 */
function judge(state: ScriptState, location: ParsedLocation, owner: Owner): Verdict | undefined {
  const scheme = backingServiceOfLocation(location);
  const ownerName = owner.kind === 'property' || owner.kind === 'variable' || owner.kind === 'assignment' ? owner.name : undefined;
  const nameRole = ownerName ? locationRoleOfName(ownerName) : undefined;
  // `const brokers = ['localhost:9092']`: a broker list with no other service word is Kafka's.
  const namedService = ownerName ? serviceOfName(ownerName) : undefined;
  const nameService = namedService ?? (nameRole === 'brokers' ? 'kafka' : undefined);

  if (owner.kind === 'property' && nameRole && nameRole !== 'port') {
    const optionsService = optionsServiceOf(state, owner.object);
    if ((optionsService || nameService) && locationFitsRole(location, nameRole) && !isPublicWebLocation(location) && (location.shape !== 'label' || nameRole !== 'url')) {
      // `servers: 'nats://…'` is a whole URL, whatever the key calls it.
      const role: LocationRole = scheme && !namedService ? 'url' : nameRole;
      const service = namedService ?? optionsService ?? nameService;
      const variable = namedService ? variableFromName(ownerName!) : variableFor(service, role, location);
      return { service: scheme ?? service, role, variable };
    }
  }
  if (owner.kind === 'argument') {
    const service = state.clientCalls.get(owner.call);
    if (service && (location.shape === 'url' || location.shape === 'hostPort' || location.shape === 'ip' || location.shape === 'localhost')) {
      const role: LocationRole = location.shape === 'url' ? 'url' : location.shape === 'hostPort' ? (service === 'kafka' ? 'brokers' : 'hosts') : 'host';
      return { service: scheme ?? service, role, variable: variableFor(service, role, location) };
    }
  }
  if (ownerName && nameService && nameRole && nameRole !== 'port' && locationFitsRole(location, nameRole) && !isPublicWebLocation(location)) {
    if (location.shape !== 'label' || nameRole === 'host' || nameRole === 'hosts' || nameRole === 'brokers') {
      const variable = owner.kind === 'assignment' && owner.envTarget ? undefined : namedService ? variableFromName(ownerName) : variableFor(nameService, nameRole, location);
      return { service: scheme ?? nameService, role: nameRole, variable };
    }
  }
  if (scheme) {
    const role: LocationRole = 'url';
    const variable = owner.kind === 'assignment' && owner.envTarget ? undefined : isServiceVariableName(ownerName) ? variableFromName(ownerName) : SERVICES[scheme].urlVariable;
    return { service: scheme, role, variable };
  }
  return undefined;
}

function roleNoun(role: LocationRole): string {
  switch (role) {
    case 'url':
      return 'connection URL';
    case 'endpoint':
      return 'endpoint';
    case 'host':
      return 'host';
    case 'hosts':
      return 'hosts';
    case 'brokers':
      return 'brokers';
    case 'port':
      return 'port';
  }
}

function replacementFor(node: ts.Node, variable: string): string {
  const read = `process.env.${variable}`;
  if (ts.isArrayLiteralExpression(node)) return `(${read} ?? '').split(',')`;
  if (ts.isNumericLiteral(node)) return `Number(${read})`;
  if (node.parent && ts.isJsxAttribute(node.parent)) return `{${read}}`;
  return read;
}

function envFix(ctx: ScriptContext, node: ts.Node, variable: string | undefined): Fix[] {
  if (!variable) return [];
  return [
    {
      title: `Read it from process.env.${variable}`,
      isPreferred: true,
      // The value must be set in every environment before this runs: never applied blindly.
      safe: false,
      changes: changes({ path: ctx.file.path, edits: [{ range: ctx.rangeOf(node), newText: replacementFor(node, variable) }] }, envExampleChange(ctx.facts, ctx.file.path, variable)),
    },
  ];
}

function messageFor(service: ServiceKey | undefined, role: LocationRole, shown: string, variable: string | undefined): string {
  const label = service ? SERVICES[service].label : 'backing service';
  const where = variable ? `read it from the environment (${variable})` : 'set it in the deploy environment instead of in code';
  return `Hardcoded ${label} ${roleNoun(role)} '${shown}': ${where} so each deploy can attach its own ${label} without a code change.`;
}

/** A numeric port literal (or numeric string) of a `port` property or a positional argument. */
function portLiteral(expression: ts.Expression | undefined): ts.NumericLiteral | ts.StringLiteral | undefined {
  if (!expression) return undefined;
  const node = skipOuterExpressions(expression);
  if (ts.isNumericLiteral(node) && Number(node.text) > 0 && Number(node.text) < 65536) return node;
  if (ts.isStringLiteral(node) && /^\d{2,5}$/.test(node.text)) return node;
  return undefined;
}

function reportPort(ctx: ScriptContext, port: ts.NumericLiteral | ts.StringLiteral, service: ServiceKey | undefined): void {
  const variable = variableFor(service, 'port', undefined);
  const label = service ? SERVICES[service].label : 'backing service';
  ctx.report({
    range: ctx.rangeOf(port),
    message: `Hardcoded ${label} port ${port.text}: read it from the environment (${variable}) together with the host, so each deploy can attach its own ${label}.`,
    fixes: envFix(ctx, port, variable),
  });
}

/** The ports that go with a flagged host: `port:` beside it, or a numeric argument of the same client call. */
function reportCompanionPorts(state: ScriptState, owner: Owner, role: LocationRole, service: ServiceKey | undefined): void {
  if (role !== 'host') return;
  if (owner.kind === 'property') {
    const port = owner.object.properties.find((property): property is ts.PropertyAssignment => ts.isPropertyAssignment(property) && propertyNameText(property.name)?.toLowerCase() === 'port');
    const literal = portLiteral(port?.initializer);
    if (literal) reportPort(state.ctx, literal, service);
  } else if (owner.kind === 'argument') {
    for (const argument of owner.call.arguments ?? []) {
      const literal = portLiteral(argument);
      if (literal && ts.isNumericLiteral(literal)) reportPort(state.ctx, literal, service);
    }
  }
}

function checkLiteral(state: ScriptState, literal: ts.Node, text: string, reportedArrays: Set<ts.Node>): void {
  const { ctx } = state;
  const location = parseLocation(text);
  if (!location || isExemptContext(literal)) return;
  const { owner, array } = ownerOf(literal);
  const verdict = judge(state, location, owner);
  if (!verdict) return;
  // A list of brokers / servers made only of literals is one finding on the list.
  let node: ts.Node = literal;
  if (array && (verdict.role === 'brokers' || verdict.role === 'hosts' || (verdict.role === 'url' && owner.kind !== 'argument'))) {
    const allLiterals = array.elements.every((element) => {
      const value = staticString(skipOuterExpressions(element));
      return value !== undefined && parseLocation(value) !== undefined;
    });
    if (allLiterals && array.elements.length > 0) {
      if (reportedArrays.has(array)) return;
      reportedArrays.add(array);
      node = array;
    }
  }
  const shown = node === array ? array.elements.map((element) => describeLocation(staticString(skipOuterExpressions(element)) ?? '')).join(', ') : describeLocation(text);
  ctx.report({ range: ctx.rangeOf(node), message: messageFor(verdict.service, verdict.role, shown, verdict.variable), fixes: envFix(ctx, node, verdict.variable) });
  reportCompanionPorts(state, owner, verdict.role, verdict.service);
}

/**
 * `{ host: HOST }` / `{ host }` in a client's options, where `const HOST = 'localhost'` in this
 * file: the literal at the declaration is the hardcoded host.
 */
function checkIdentifierOption(state: ScriptState, property: ts.PropertyAssignment | ts.ShorthandPropertyAssignment, reportedArrays: Set<ts.Node>): void {
  const identifier = ts.isPropertyAssignment(property) ? skipOuterExpressions(property.initializer) : property.name;
  if (!ts.isIdentifier(identifier) || !ts.isObjectLiteralExpression(property.parent)) return;
  const role = locationRoleOfName(propertyNameText(property.name) ?? '');
  if (!role || role === 'port') return;
  const declaration = findDeclaration(identifier);
  const initializer = declaration?.initializer && skipOuterExpressions(declaration.initializer);
  if (!initializer || (!ts.isStringLiteral(initializer) && !ts.isNoSubstitutionTemplateLiteral(initializer))) return;
  // Service-named constants (`const REDIS_HOST = …`) are judged at their declaration already.
  if (declaration && ts.isIdentifier(declaration.name) && isServiceVariableName(declaration.name.text)) return;
  const location = parseLocation(initializer.text);
  if (!location || !locationFitsRole(location, role) || isPublicWebLocation(location) || (location.shape === 'label' && role === 'url')) return;
  const service = optionsServiceOf(state, property.parent);
  if (!service) return;
  const scheme = backingServiceOfLocation(location);
  if (scheme) return; // reported as a connection URL where it is written
  const variable = variableFor(service, role, location);
  if (reportedArrays.has(initializer)) return;
  reportedArrays.add(initializer);
  state.ctx.report({ range: state.ctx.rangeOf(initializer), message: messageFor(service, role, describeLocation(initializer.text), variable), fixes: envFix(state.ctx, initializer, variable) });
}

/** Cheap test run on every string literal: could this text be a location at all? */
function mayBeLocation(text: string): boolean {
  return text.length > 0 && text.length <= 2048 && !/\s/.test(text);
}

/** Single words ('db', 'redis') and dotted names are only hosts where a host-like name holds them. */
function needsHostOwner(literal: ts.Node, location: ParsedLocation): boolean {
  if (location.shape !== 'label' && location.shape !== 'hostname') return false;
  const { owner } = ownerOf(literal);
  const name = owner.kind === 'property' || owner.kind === 'variable' || owner.kind === 'assignment' ? owner.name : undefined;
  return !name || locationRoleOfName(name) === undefined;
}

function scriptCheck(ctx: ScriptContext) {
  if (ctx.file.isTest || isTestSupportPath(ctx.file.path)) return {};
  const state: ScriptState = { ctx, clientOptions: new Map(), clientCalls: new Map() };
  const literals: Array<{ node: ts.Node; text: string }> = [];
  const identifierOptions: Array<ts.PropertyAssignment | ts.ShorthandPropertyAssignment> = [];
  const onLiteral = (node: ts.Node) => {
    const literal = node as StringLikeLiteral;
    // Object keys and import specifiers are names, not values.
    if (ts.isPropertyAssignment(literal.parent) && literal.parent.name === literal) return;
    if (ts.isImportDeclaration(literal.parent) || ts.isExportDeclaration(literal.parent) || ts.isExternalModuleReference(literal.parent)) return;
    const text = skeletonOf(literal);
    if (!mayBeLocation(text)) return;
    const location = parseLocation(text);
    if (!location || needsHostOwner(literal, location)) return;
    literals.push({ node: literal, text });
  };
  const onCall = (node: ts.Node) => {
    const call = node as ClientCall;
    const service = clientServiceOf(call, ctx);
    if (!service) return;
    state.clientCalls.set(call, service);
    for (const argument of call.arguments ?? []) {
      const object = objectLiteralOf(argument);
      if (!object) continue;
      state.clientOptions.set(object, service);
      // new Queue('jobs', { connection }) with `const connection = { host, port }` above.
      for (const property of object.properties) {
        const value = ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
        const nested = value && ts.isIdentifier(skipOuterExpressions(value)) ? objectLiteralOf(value) : undefined;
        if (nested) state.clientOptions.set(nested, service);
      }
    }
  };
  const onProperty = (node: ts.Node) => {
    const property = node as ts.PropertyAssignment | ts.ShorthandPropertyAssignment;
    if (ts.isPropertyAssignment(property) && !ts.isIdentifier(skipOuterExpressions(property.initializer))) return;
    const role = locationRoleOfName(propertyNameText(property.name) ?? '');
    if (role && role !== 'port') identifierOptions.push(property);
  };
  return {
    [ts.SyntaxKind.StringLiteral]: onLiteral,
    [ts.SyntaxKind.NoSubstitutionTemplateLiteral]: onLiteral,
    [ts.SyntaxKind.TemplateExpression]: onLiteral,
    [ts.SyntaxKind.CallExpression]: onCall,
    [ts.SyntaxKind.NewExpression]: onCall,
    [ts.SyntaxKind.PropertyAssignment]: onProperty,
    [ts.SyntaxKind.ShorthandPropertyAssignment]: onProperty,
    onEnd: () => {
      const reported = new Set<ts.Node>();
      for (const { node, text } of literals) checkLiteral(state, node, text, reported);
      for (const property of identifierOptions) checkIdentifierOption(state, property, reported);
    },
  };
}

// ---------------------------------------------------------------------------------------
// YAML: docker-compose `environment:`, Kubernetes env / ConfigMaps, app.yaml, app config.

const CI_FILE = /(^|\/)(\.github\/workflows\/[^/]+|\.gitlab-ci\.ya?ml|\.travis\.ya?ml|bitbucket-pipelines\.ya?ml|azure-pipelines\.ya?ml|\.drone\.ya?ml|\.circleci\/[^/]+|\.buildkite\/[^/]+|cloudbuild\.ya?ml|buildspec\.ya?ml|appveyor\.ya?ml|\.woodpecker\.ya?ml)$/;
const COMPOSE_FILE = /^(docker-)?compose([.-][^/]*)?\.ya?ml$/;
/** Compose / config files for test runs: `docker-compose.test.yml`, `config/test.yaml`. */
const TEST_YAML = /(^|[.-])(test|tests|testing|ci|e2e|spec)\.ya?ml$/i;
const SKIPPED_YAML = /(^|\/)(pnpm-lock\.yaml|yarn\.lock|\.yarnrc\.yml|openapi[^/]*\.ya?ml|swagger[^/]*\.ya?ml|mkdocs\.ya?ml|\.pre-commit-config\.yaml|dependabot\.ya?ml)$/;

interface YamlValue {
  value: string;
  start: number;
  end: number;
  /** The key or env var name it is set under. */
  key: string | undefined;
  /** Names of the maps around it, innermost last. */
  parents: string[];
  /** A `KEY=value` list item: the whole item can be rewritten without quotes. */
  listItem: boolean;
}

function scalarText(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : isScalar(node) && typeof node.value === 'number' ? String(node.value) : undefined;
}

function collectYamlValues(node: YamlNode | null | undefined, key: string | undefined, parents: string[], out: YamlValue[], depth = 0): void {
  if (!node || depth > 40) return;
  if (isMap(node)) {
    // Kubernetes env entries `{ name: DATABASE_URL, value: postgres://… }`, Render's `{ key, value }`.
    const nameItem = node.items.find((pair) => isPair(pair) && (scalarText(pair.key) === 'name' || scalarText(pair.key) === 'key'));
    const envName = nameItem ? scalarText(nameItem.value) : undefined;
    for (const pair of node.items) {
      const pairKey = scalarText(pair.key);
      const effectiveKey = pairKey === 'value' && envName ? envName : pairKey;
      collectYamlValues(pair.value as YamlNode | null, effectiveKey, pairKey ? [...parents, ...(key ? [key] : [])] : parents, out, depth + 1);
    }
    return;
  }
  if (isSeq(node)) {
    for (const item of node.items) {
      const text = isScalar(item) && typeof item.value === 'string' ? item.value : undefined;
      const assignment = text !== undefined ? /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(text) : null;
      if (assignment && isScalar(item) && item.range && (key === 'environment' || key === 'env' || key === 'args')) {
        const scalar = item as Scalar;
        const quoted = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE';
        const valueStart = scalar.range![0] + (quoted ? 1 : 0) + assignment[1]!.length + 1;
        out.push({ value: assignment[2]!, start: valueStart, end: valueStart + assignment[2]!.length, key: assignment[1], parents: [...parents, key], listItem: true });
        continue;
      }
      collectYamlValues(item as YamlNode, key, parents, out, depth + 1);
    }
    return;
  }
  if (isScalar(node) && typeof node.value === 'string' && node.range) {
    out.push({ value: node.value, start: node.range[0], end: node.range[1], key, parents, listItem: false });
  }
}

function yamlVerdict(entry: YamlValue, location: ParsedLocation, compose: boolean): Verdict | undefined {
  if (isPublicWebLocation(location)) return undefined;
  const scheme = backingServiceOfLocation(location);
  const key = entry.key;
  const keyService = key ? serviceOfName(key) : undefined;
  const keyRole = key ? locationRoleOfName(key) : undefined;
  const isEnvName = key !== undefined && /^[A-Z][A-Z0-9_]*$/.test(key);
  if (keyService && keyRole && keyRole !== 'port' && locationFitsRole(location, keyRole) && (location.shape !== 'label' || keyRole !== 'url')) {
    return { service: scheme ?? keyService, role: keyRole, variable: isEnvName ? key : toEnvVarName(key!) };
  }
  // `redis: { host: cache.internal }` in app config; compose's top-level keys are service names, not config.
  const parent = entry.parents[entry.parents.length - 1];
  if (!compose && keyRole && keyRole !== 'port' && parent && serviceOfName(parent) && locationFitsRole(location, keyRole) && (location.shape !== 'label' || keyRole !== 'url')) {
    const service = serviceOfName(parent)!;
    return { service: scheme ?? service, role: keyRole, variable: variableFor(service, keyRole, location) };
  }
  if (scheme) return { service: scheme, role: 'url', variable: isEnvName ? key : SERVICES[scheme].urlVariable };
  return undefined;
}

function yamlCheck(ctx: YamlContext): void {
  const path = ctx.file.path;
  const name = baseName(path);
  if (ctx.file.isTest || TEST_YAML.test(name) || SKIPPED_YAML.test(path)) return;
  const ci = CI_FILE.test(path);
  const compose = COMPOSE_FILE.test(name);
  const values: YamlValue[] = [];
  for (const document of ctx.documents) collectYamlValues(document.contents as YamlNode | null, undefined, [], values);
  for (const entry of values) {
    const location = parseLocation(entry.value);
    if (!location) continue;
    // CI jobs talk to throwaway service containers on localhost / by service name: test plumbing.
    if (ci && (isLoopbackHost(location.host) || location.shape === 'label' || !location.host.includes('.'))) continue;
    const verdict = yamlVerdict(entry, location, compose);
    if (!verdict) continue;
    const range: Range = ctx.rangeOfOffsets(entry.start, entry.end);
    const fixes: Fix[] =
      compose && verdict.variable
        ? [
            {
              title: `Take it from the environment: \${${verdict.variable}}`,
              isPreferred: true,
              safe: false,
              changes: changes({ path, edits: [{ range, newText: `\${${verdict.variable}}` }] }, envExampleChange(ctx.facts, path, verdict.variable)),
            },
          ]
        : [];
    const where = compose
      ? `compose can take it from the shell or an ignored .env file (\${${verdict.variable ?? 'NAME'}})`
      : 'set it per deploy (environment, a Secret) instead of writing it into this file';
    const label = verdict.service ? SERVICES[verdict.service].label : 'backing service';
    ctx.report({ range, message: `Hardcoded ${label} ${roleNoun(verdict.role)} '${describeLocation(entry.value)}': ${where}, so each deploy can attach its own ${label}.`, fixes });
  }
}

export const hardcodedUrl: Rule = {
  meta: {
    id: 'backing-services/hardcoded-url',
    factor: 4,
    title: 'Attach backing services through the environment',
    description:
      'A database, cache, queue, mail server or object store whose URL or host is written into the code or manifest cannot be swapped for another deploy without a code change; its location belongs in the environment (DATABASE_URL, REDIS_URL…).',
    defaultSeverity: 'warning',
    fixable: true,
  },
  scriptKeywords: ['://', 'host', 'Host', 'HOST', 'localhost', 'server', 'Server', 'SERVER', 'brokers', 'Brokers', 'BROKERS', 'contactPoints', 'endpoint', 'Endpoint', 'ENDPOINT', 'endPoint', 'Redis', 'redis', 'memcached', 'Memcached', 'memjs', 'amqp'],
  script: scriptCheck,
  yaml: yamlCheck,
};
