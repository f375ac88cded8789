import ts = require('typescript');
import type { FileInfo, Rule, ScriptContext } from '../../types';
import { expressionPath } from '../../analysis/calls';
import { envReadName } from '../../analysis/env';
import { envKeyedEntries, envTestsInCondition, isEnvNameExpression, isTestOnly, isToolingConfigFile, caseEnv, type EnvTest } from '../../analysis/envNames';
import { mayChooseByDeployName } from '../../analysis/envNameText';
import { backingServiceOfLocation, parseLocation } from '../../analysis/backingServices';
import { propertyNameText, skipOuterExpressions, staticString } from '../../analysis/literals';
import { identifierWords } from '../../analysis/names';

/** Words that make a name a configuration value (where a deploy's resources and identities live). */
const CONFIG_WORDS = new Set([
  'url', 'uri', 'urls', 'host', 'hostname', 'hosts', 'port', 'endpoint', 'endpoints', 'bucket', 'database', 'db', 'region', 'domain',
  'origin', 'origins', 'key', 'secret', 'token', 'password', 'pass', 'user', 'username', 'dsn', 'connection', 'queue', 'topic', 'table',
  'server', 'servers', 'address', 'addr', 'redis', 'mongo', 'mongodb', 'postgres', 'mysql', 'cdn', 'webhook', 'smtp', 'brokers',
  'account', 'tenant', 'project', 'credentials', 'baseurl', 'callback', 'issuer', 'audience', 'clientid',
]);

/**
 * Values that are switches of the framework, not a deploy's configuration: log levels and
 * formats, build modes. `isProd ? 'combined' : 'dev'` tunes morgan; it is no config value.
 */
const TOGGLE_VALUES = new Set([
  'trace', 'debug', 'info', 'warn', 'warning', 'error', 'fatal', 'silent', 'verbose', 'combined', 'common', 'dev', 'short', 'tiny',
  'production', 'development', 'test', 'none', 'strict', 'lax', 'auto', 'source-map', 'eval', 'inline-source-map',
]);

/**
 * Name words of a framework switch or of error detail rather than a deploy's configuration:
 * `maxAge: isProd ? 31536000 : 3600` tunes caching, `stack: isProd ? … : …` error detail.
 */
const TOGGLE_NAME_WORDS = new Set([
  'debug', 'verbose', 'trace', 'stack', 'message', 'messages', 'error', 'errors', 'detail', 'details', 'pretty', 'colorize', 'color', 'colors',
  'format', 'level', 'log', 'logs', 'logger', 'logging', 'minify', 'minimize', 'cache', 'caching', 'cached', 'compress', 'compression',
  'optimization', 'optimize', 'optimise', 'hot', 'reload', 'watch', 'mode', 'secure', 'strict',
]);
/** Toggle names that are compounds of ordinary words (`sourceMap`, `maxAge`). */
const TOGGLE_NAME_COMPOUNDS = /sourcemap|devtool|maxage|etag/;

function isToggleName(name: string | undefined): boolean {
  if (!name) return false;
  const words = identifierWords(name);
  return words.some((word) => TOGGLE_NAME_WORDS.has(word)) || TOGGLE_NAME_COMPOUNDS.test(words.join(''));
}

function isConfigName(name: string | undefined): boolean {
  if (!name) return false;
  return identifierWords(name).some((word) => CONFIG_WORDS.has(word));
}

/** A string that is a location: a URL, host:port, IP, localhost or a dotted host name. */
function isLocationText(text: string): boolean {
  const location = parseLocation(text);
  return location !== undefined && location.shape !== 'label';
}

/** The name a value is given: the property, variable, or assignment target it lands in. */
function targetNameOf(node: ts.Node): string | undefined {
  let current: ts.Node = node;
  while (current.parent && (ts.isParenthesizedExpression(current.parent) || ts.isAsExpression(current.parent) || ts.isConditionalExpression(current.parent) || ts.isSatisfiesExpression(current.parent))) current = current.parent;
  const parent = current.parent;
  if (!parent) return undefined;
  if (ts.isPropertyAssignment(parent) && parent.initializer === current) return propertyNameText(parent.name);
  if (ts.isVariableDeclaration(parent) && parent.initializer === current && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isPropertyDeclaration(parent) && parent.initializer === current) return propertyNameText(parent.name);
  if (ts.isBinaryExpression(parent) && parent.right === current && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    const path = expressionPath(parent.left);
    return path?.[path.length - 1];
  }
  return undefined;
}

interface ValueContext {
  /**
   * A ternary that picks which variable to read by deploy name (`isProd ?
   * process.env.MONGO_URI_PROD : process.env.MONGO_URI_DEV`) chooses config too; inside an
   * `if` block an env read is just a read (`Sentry.init({ dsn: process.env.SENTRY_DSN })`).
   */
  envReads: boolean;
  /**
   * A ternary or `return` choosing between two URLs chooses config wherever it lands; in an
   * `if` block a URL counts only under a config-like name (`apiUrl = …`), not in, say, a CSP
   * directive list that production merely switches on.
   */
  anyLocation: boolean;
}

const CHOICE: ValueContext = { envReads: true, anyLocation: true };
const BLOCK: ValueContext = { envReads: false, anyLocation: false };

/** A URL whose scheme names a backing service (postgres://, redis://…): config in any position. */
function isServiceUrl(text: string): boolean {
  const location = parseLocation(text);
  return location !== undefined && backingServiceOfLocation(location) !== undefined;
}

/** True when `expression` is a deploy-specific configuration value (for a target named `target`). */
function isConfigValue(expression: ts.Expression, target: string | undefined, context: ValueContext, depth = 0): boolean {
  if (depth > 4) return false;
  const node = skipOuterExpressions(expression);
  const text = staticString(node);
  if (text !== undefined) {
    if (isServiceUrl(text)) return true;
    if (isLocationText(text) && (context.anyLocation || isConfigName(target))) return true;
    return isConfigName(target) && text.trim().length > 0 && !TOGGLE_VALUES.has(text.toLowerCase());
  }
  if (ts.isTemplateExpression(node)) return (context.anyLocation && node.head.text.includes('://')) || isConfigName(target);
  const read = envReadName(node);
  if (read !== undefined) return context.envReads && (isConfigName(target) || isConfigName(read));
  if (ts.isNumericLiteral(node)) return isConfigName(target);
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.some((property) => ts.isPropertyAssignment(property) && isConfigValue(property.initializer, propertyNameText(property.name), context, depth + 1));
  }
  if (ts.isArrayLiteralExpression(node)) return node.elements.some((element) => isConfigValue(element, target, context, depth + 1));
  if (ts.isConditionalExpression(node)) return isConfigValue(node.whenTrue, target, context, depth + 1) || isConfigValue(node.whenFalse, target, context, depth + 1);
  return false;
}

/** A number written as a literal (`2000`, `10_000`, `-1`), else undefined. */
function numericValue(expression: ts.Expression): number | undefined {
  const node = skipOuterExpressions(expression);
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) return -Number(node.operand.text);
  return undefined;
}

/** Two strings that are different settings rather than the two states of a switch (`'lax'`/`'strict'`, `'info'`/`'debug'`). */
function areDifferentSettingTexts(first: string, second: string): boolean {
  const a = first.trim();
  const b = second.trim();
  return a.length > 0 && b.length > 0 && a !== b && !TOGGLE_VALUES.has(a.toLowerCase()) && !TOGGLE_VALUES.has(b.toLowerCase());
}

/** `new S3Storage(…)` → 'S3Storage', `new aws.S3(…)` → 'aws.S3'. */
function constructedClassName(node: ts.NewExpression): string | undefined {
  return expressionPath(node.expression)?.join('.');
}

/**
 * True when the two branches of a deploy-name ternary are two settings of one thing, whatever
 * the target is called: two different numbers (`? 2000 : 10000`), two objects whose literal
 * fields differ (`? { driver: 's3' } : { driver: 'disk' }`), two different clients or stores
 * (`? new S3Storage(…) : new DiskStorage(…)`). The two states of a switch are not settings:
 * booleans, an "off" value (`0`, `null`, `undefined`), log levels and build modes, errors
 * with more or less detail, and anything under a toggle name (`cache`, `debug`, `maxAge`).
 */
function choosesDifferentSettings(whenTrue: ts.Expression, whenFalse: ts.Expression, target: string | undefined, depth = 0): boolean {
  if (depth > 4 || isToggleName(target)) return false;
  const first = skipOuterExpressions(whenTrue);
  const second = skipOuterExpressions(whenFalse);
  const firstNumber = numericValue(first);
  const secondNumber = numericValue(second);
  if (firstNumber !== undefined && secondNumber !== undefined) return firstNumber !== secondNumber && firstNumber !== 0 && secondNumber !== 0;
  // Two strings at the top are judged by isConfigValue (by the target's name); inside two
  // objects chosen by the deploy name, a field that differs is what makes them two settings.
  const firstText = staticString(first);
  const secondText = staticString(second);
  if (firstText !== undefined && secondText !== undefined) return depth > 0 && areDifferentSettingTexts(firstText, secondText);
  if (ts.isObjectLiteralExpression(first) && ts.isObjectLiteralExpression(second)) {
    return first.properties.some((property) => {
      if (!ts.isPropertyAssignment(property)) return false;
      const key = propertyNameText(property.name);
      if (key === undefined) return false;
      const counterpart = second.properties.find((other): other is ts.PropertyAssignment => ts.isPropertyAssignment(other) && propertyNameText(other.name) === key);
      return counterpart !== undefined && choosesDifferentSettings(property.initializer, counterpart.initializer, key, depth + 1);
    });
  }
  if (ts.isNewExpression(first) && ts.isNewExpression(second)) {
    const firstClass = constructedClassName(first);
    const secondClass = constructedClassName(second);
    // `isProd ? new HttpError(500) : new DetailedError(err)` is error detail, not a client.
    if (!firstClass || !secondClass || [firstClass, secondClass].some((name) => /(Error|Exception)$/.test(name))) return false;
    if (firstClass !== secondClass) return true;
    // The same client with different options: `new Pool({ max: 20 })` / `new Pool({ max: 2 })`.
    const firstOptions = first.arguments?.[0];
    const secondOptions = second.arguments?.[0];
    return firstOptions !== undefined && secondOptions !== undefined && ts.isObjectLiteralExpression(skipOuterExpressions(firstOptions)) && choosesDifferentSettings(firstOptions, secondOptions, undefined, depth + 1);
  }
  return false;
}

/** `undefined`, `null`, `false`, `void 0`: the "off" side of a toggle. */
function isNothing(expression: ts.Expression): boolean {
  const node = skipOuterExpressions(expression);
  return node.kind === ts.SyntaxKind.NullKeyword || node.kind === ts.SyntaxKind.FalseKeyword || ts.isVoidExpression(node) || (ts.isIdentifier(node) && node.text === 'undefined');
}

/** Calls whose string arguments are messages, not configuration. */
function isMessageCall(node: ts.Node): boolean {
  if (!ts.isCallExpression(node)) return false;
  const path = expressionPath(node.expression);
  if (!path) return false;
  const root = path[0]!;
  return root === 'console' || /^(log|logger)$/i.test(root) || path[path.length - 1] === 'require';
}

/** True when a branch (statement) of an `if` / `case` sets or returns configuration values. */
function branchChoosesConfig(branch: ts.Node): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (isMessageCall(node)) return;
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && isServiceUrl(node.text)) {
      found = true;
      return;
    }
    if (ts.isVariableDeclaration(node) && node.initializer && ts.isIdentifier(node.name) && isConfigValue(node.initializer, node.name.text, BLOCK)) found = true;
    else if (ts.isPropertyAssignment(node) && isConfigValue(node.initializer, propertyNameText(node.name), BLOCK)) found = true;
    else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const path = expressionPath(node.left);
      if (isConfigValue(node.right, path?.[path.length - 1], BLOCK)) found = true;
    } else if (ts.isReturnStatement(node) && node.expression && isConfigValue(node.expression, undefined, { envReads: false, anyLocation: true })) found = true;
    if (!found) ts.forEachChild(node, visit);
  };
  visit(branch);
  return found;
}

/** The first test of the condition that is about a real deploy (not test-only), for the range. */
function deployTest(condition: ts.Expression): EnvTest | undefined {
  return envTestsInCondition(condition).find((test) => !isTestOnly(test));
}

function describeTest(ctx: ScriptContext, test: EnvTest): string {
  const text = test.node.getText(ctx.sourceFile).replace(/\s+/g, ' ');
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Test files and build-tool configs (whose `env: { production: … }` blocks are build settings) are not checked. */
function isExempt(file: FileInfo): boolean {
  return file.isTest || isToolingConfigFile(file.path);
}

const BRANCH_ADVICE = 'read the value from the environment instead (one variable per setting), so a new deploy (staging, a review app) needs no code change.';

export const envNameBranching: Rule = {
  meta: {
    id: 'config/env-name-branching',
    factor: 3,
    title: 'Do not group config by deploy name',
    description:
      'Configuration keyed by environment names (development/staging/production) or chosen by comparing NODE_ENV grows with every deploy and puts deploy-specific values in the code; each value should come from its own environment variable.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  scriptKeywords: ['prod', 'Prod', 'PROD', 'dev', 'Dev', 'DEV', 'stag', 'Stag', 'STAG', 'qa', 'QA', 'uat', 'UAT'],
  scriptMayReport(ctx) {
    // The rule returns no visitor for these.
    if (isExempt(ctx.file)) return false;
    // Every finding is on an object keyed by deploy names, on a condition with a test on the
    // deploy name that selects a real deploy (deployTest skips test-only ones such as
    // `NODE_ENV === 'test'`), or on a switch on the deploy name with a case for a real deploy:
    // each needs what mayChooseByDeployName looks for ('realDeploys': tests on 'test' alone do not count).
    return mayChooseByDeployName(ctx, 'realDeploys');
  },
  script(ctx) {
    if (isExempt(ctx.file)) return {};
    const reportBranch = (test: EnvTest) => {
      ctx.report({
        range: ctx.rangeOf(test.node),
        message: `Configuration is chosen by the deploy name (${describeTest(ctx, test)}): ${BRANCH_ADVICE}`,
      });
    };
    return {
      [ts.SyntaxKind.ObjectLiteralExpression]: (node) => {
        const entries = envKeyedEntries(node as ts.ObjectLiteralExpression);
        if (!entries) return;
        const names = entries.map((entry) => propertyNameText(entry.property.name)).join(', ');
        ctx.report({
          range: ctx.rangeOf(node),
          message: `Configuration is grouped by deploy name (${names}): every new deploy needs a code change, and each deploy's values live in the code. Give each setting its own environment variable and set it per deploy.`,
        });
      },
      [ts.SyntaxKind.ConditionalExpression]: (node) => {
        const conditional = node as ts.ConditionalExpression;
        const test = deployTest(conditional.condition);
        if (!test) return;
        const target = targetNameOf(conditional);
        // `isProd ? process.env.SENTRY_DSN : undefined` switches a feature on; it picks no value.
        const envReads = !isNothing(conditional.whenTrue) && !isNothing(conditional.whenFalse);
        const context: ValueContext = { ...CHOICE, envReads };
        if (isConfigValue(conditional.whenTrue, target, context) || isConfigValue(conditional.whenFalse, target, context) || choosesDifferentSettings(conditional.whenTrue, conditional.whenFalse, target)) reportBranch(test);
      },
      [ts.SyntaxKind.IfStatement]: (node) => {
        const statement = node as ts.IfStatement;
        const test = deployTest(statement.expression);
        if (!test) return;
        const branches: ts.Node[] = [statement.thenStatement];
        if (statement.elseStatement && !ts.isIfStatement(statement.elseStatement)) branches.push(statement.elseStatement);
        if (branches.some(branchChoosesConfig)) reportBranch(test);
      },
      [ts.SyntaxKind.SwitchStatement]: (node) => {
        const statement = node as ts.SwitchStatement;
        if (!isEnvNameExpression(statement.expression)) return;
        const clauses = statement.caseBlock.clauses;
        const deploys = clauses.map(caseEnv).filter((env) => env !== undefined && env !== 'default' && env !== 'test');
        if (deploys.length === 0) return;
        if (!clauses.some((clause) => clause.statements.some(branchChoosesConfig))) return;
        ctx.report({
          range: ctx.rangeOf(statement.expression),
          message: `Configuration is chosen per deploy name (switch on ${statement.expression.getText(ctx.sourceFile)}): ${BRANCH_ADVICE}`,
        });
      },
    };
  },
};
