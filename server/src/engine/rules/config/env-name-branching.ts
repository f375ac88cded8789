import ts = require('typescript');
import type { Rule, ScriptContext } from '../../types';
import { expressionPath } from '../../analysis/calls';
import { envReadName } from '../../analysis/env';
import { envKeyedEntries, envTestsInCondition, isEnvNameExpression, isTestOnly, isToolingConfigFile, caseEnv, type EnvTest } from '../../analysis/envNames';
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
  script(ctx) {
    if (ctx.file.isTest || isToolingConfigFile(ctx.file.path)) return {};
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
        if (isConfigValue(conditional.whenTrue, target, context) || isConfigValue(conditional.whenFalse, target, context)) reportBranch(test);
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
