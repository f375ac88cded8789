// Deploy names (development, staging, production…) in code: objects keyed by them, and
// conditions that compare NODE_ENV-like values to them. Shared by config/env-name-branching
// and dev-prod-parity/divergent-backing-service.
import ts = require('typescript');
import { expressionPath } from './calls';
import { findDeclaration } from './declarations';
import { envReadName } from './env';
import { propertyNameText, skipOuterExpressions, staticString } from './literals';
import { baseName } from '../fileKinds';

export type EnvName = 'development' | 'staging' | 'production' | 'test' | 'qa' | 'uat' | 'preprod' | 'local';

/** Every word that names a deploy, by the deploy it names. */
export const ENV_NAMES: ReadonlyMap<string, EnvName> = new Map([
  ['development', 'development'],
  ['dev', 'development'],
  ['develop', 'development'],
  ['staging', 'staging'],
  ['stage', 'staging'],
  ['stg', 'staging'],
  ['production', 'production'],
  ['prod', 'production'],
  ['prd', 'production'],
  ['test', 'test'],
  ['testing', 'test'],
  ['qa', 'qa'],
  ['uat', 'uat'],
  ['preprod', 'preprod'],
  ['preproduction', 'preprod'],
  ['pre-production', 'preprod'],
  ['local', 'local'],
]);

/** The keys the catalog names; an env-keyed object needs at least one of them. */
export const CATALOG_ENV_KEYS: ReadonlySet<string> = new Set(['development', 'dev', 'staging', 'stage', 'production', 'prod', 'test', 'qa']);

/** Keys of an npm-scripts-like map (`{ dev: 'vite', test: 'vitest', build: … }`): tasks, not deploys. */
const TASK_KEYS = new Set(['build', 'start', 'lint', 'serve', 'watch', 'preview', 'format', 'typecheck', 'clean', 'deploy', 'release']);

/** Keys that sit beside deploy names in such objects without being one (`default`, `common`). */
const NEUTRAL_KEYS = new Set(['default', 'defaults', 'common', 'base', 'shared', 'all', 'global', '*']);

/** The deploy a word names (`prod` → production), if it names one. */
export function envNameOf(text: string | undefined): EnvName | undefined {
  if (text === undefined) return undefined;
  return ENV_NAMES.get(text.toLowerCase());
}

/** Order in which a deploy is taken as "the real one" others are compared to. */
export const ENV_REFERENCE_ORDER: readonly EnvName[] = ['production', 'preprod', 'staging', 'uat', 'qa', 'development', 'local', 'test'];

export interface EnvEntry {
  env: EnvName;
  /** The property (`production: {…}` or shorthand `production`). */
  property: ts.PropertyAssignment | ts.ShorthandPropertyAssignment;
  /** Its value: the initializer, or the shorthand's identifier. */
  value: ts.Expression;
}

/** Tooling config files whose `env: { production: … }` blocks are build settings, not app config. */
const TOOLING_CONFIG_FILE = /^(\.?babel(rc)?|babel\.config|\.eslintrc|eslint\.config|webpack(\.[a-z]+)*\.config|vite\.config|vitest\.config|rollup\.config|jest\.config|postcss\.config|tailwind\.config|next\.config|nuxt\.config|svelte\.config|astro\.config|tsup\.config|karma\.conf|gulpfile|gruntfile|\.prettierrc|prettier\.config|commitlint\.config|lint-staged\.config|playwright\.config|cypress\.config|esbuild(\.[a-z]+)*)\.[cm]?[jt]s$/i;

export function isToolingConfigFile(path: string): boolean {
  return TOOLING_CONFIG_FILE.test(baseName(path));
}

function isFunctionValue(value: ts.Expression, depth = 0): boolean {
  const node = skipOuterExpressions(value);
  if (depth > 4) return false;
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isClassExpression(node)) return true;
  if (!ts.isIdentifier(node)) return false;
  // { production: handleProd } where handleProd is a function of this file: a dispatch table.
  const initializer = findDeclaration(node)?.initializer;
  if (initializer) return isFunctionValue(initializer, depth + 1);
  return node.getSourceFile().statements.some((statement) => (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name?.text === node.text);
}

/**
 * The entries of an object literal that groups configuration by deploy name: two or more
 * keys that are deploy names (at least one from the catalog's list), which make up most of
 * the object, holding values rather than functions, and not a mere enum of the names
 * (`{ production: 'production' }`). Undefined for any other object.
 */
export function envKeyedEntries(object: ts.ObjectLiteralExpression): EnvEntry[] | undefined {
  if (object.properties.length < 2) return undefined;
  const entries: EnvEntry[] = [];
  let otherKeys = 0;
  let catalogKeys = 0;
  for (const property of object.properties) {
    const key = propertyNameText(property.name);
    const env = envNameOf(key);
    if (key && TASK_KEYS.has(key.toLowerCase())) return undefined;
    if (!env || !(ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property))) {
      if (!(key && NEUTRAL_KEYS.has(key.toLowerCase())) && !ts.isSpreadAssignment(property)) otherKeys++;
      continue;
    }
    if (CATALOG_ENV_KEYS.has(key!.toLowerCase())) catalogKeys++;
    entries.push({ env, property, value: ts.isPropertyAssignment(property) ? property.initializer : property.name });
  }
  if (entries.length < 2 || catalogKeys === 0 || otherKeys > entries.length) return undefined;
  const holdingConfig = entries.filter(({ value }) => {
    const node = skipOuterExpressions(value);
    if (isFunctionValue(node)) return false;
    if (node.kind === ts.SyntaxKind.UndefinedKeyword || (ts.isIdentifier(node) && node.text === 'undefined')) return false;
    // An enum of the deploy names themselves: { production: 'production', dev: 'development' }.
    const text = staticString(node);
    if (text !== undefined && envNameOf(text)) return false;
    return true;
  });
  if (holdingConfig.length < 2) return undefined;
  return entries;
}

/** Names of variables that hold the deploy name: NODE_ENV, APP_ENV, ENV, ENVIRONMENT, STAGE… */
const ENV_VARIABLE = /^(NODE_ENV|([A-Z0-9]+_)*(ENV|ENVIRONMENT|STAGE))$/;
/** Code names for the same: `env`, `nodeEnv`, `config.environment`, `this.stage`. */
const ENV_CODE_NAME = /^(node_?env|app_?env|env|environment|app_?environment|deploy_?env|deployment_?env|stage|env_?name|current_?env|runtime_?env|target_?env)$/i;
/**
 * What every such name contains: names without it are never taken for the deploy name (the
 * prefilter in envNameText.ts looks for these before it looks at a name).
 */
export const ENV_NAME_HOLDER_CORE = /env|stage/i;

/** `NODE_ENV`, `APP_ENV`, `env`, `stage`, `config.environment`: a variable, key or property that holds the deploy name. */
export function isEnvNameHolder(name: string): boolean {
  return ENV_NAME_HOLDER_CORE.test(name) && (ENV_VARIABLE.test(name) || ENV_CODE_NAME.test(name));
}

/** The member of `import.meta.env` that holds the deploy name (Vite). */
export const IMPORT_META_ENV_NAME = 'MODE';
/** Members of `import.meta.env` that are flags for one deploy (Vite). */
export const IMPORT_META_ENV_FLAGS: ReadonlyMap<string, EnvName> = new Map([
  ['PROD', 'production'],
  ['DEV', 'development'],
]);
/** The Express setting that holds the deploy name: `app.get('env')`. */
export const EXPRESS_ENV_SETTING = 'env';
/** Methods that keep a deploy name a deploy name: `process.env.NODE_ENV.toLowerCase()`. */
export const ENV_NAME_NORMALISERS: ReadonlySet<string> = new Set(['toLowerCase', 'trim', 'toString']);
/** Methods that test a deploy name against a literal: `process.env.NODE_ENV.startsWith('prod')`. */
export const ENV_NAME_MATCHERS: ReadonlySet<string> = new Set(['startsWith', 'includes', 'endsWith']);

/**
 * True when an expression yields the deploy name: `process.env.NODE_ENV`, `process.env.APP_ENV`,
 * `import.meta.env.MODE`, `app.get('env')`, `config.env`, a variable named or initialised
 * like that, possibly with a default (`process.env.NODE_ENV || 'development'`) or normalised
 * (`.toLowerCase()`).
 */
export function isEnvNameExpression(expression: ts.Expression, depth = 0): boolean {
  if (depth > 4) return false;
  const node = skipOuterExpressions(expression);
  const read = envReadName(node);
  if (read !== undefined) return isEnvNameHolder(read);
  if (ts.isPropertyAccessExpression(node)) {
    // import.meta.env.MODE
    if (node.name.text === IMPORT_META_ENV_NAME && ts.isPropertyAccessExpression(node.expression) && ts.isMetaProperty(node.expression.expression)) return true;
    if (isEnvNameHolder(node.name.text)) return true;
    return false;
  }
  if (ts.isBinaryExpression(node)) {
    const operator = node.operatorToken.kind;
    if (operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken) return isEnvNameExpression(node.left, depth + 1);
    return false;
  }
  if (ts.isCallExpression(node)) {
    const path = expressionPath(node.expression);
    const last = path?.[path.length - 1];
    // app.get('env') in Express
    if (last === 'get' && staticString(node.arguments[0]) === EXPRESS_ENV_SETTING) return true;
    if (last !== undefined && ENV_NAME_NORMALISERS.has(last) && ts.isPropertyAccessExpression(skipOuterExpressions(node.expression))) {
      return isEnvNameExpression((skipOuterExpressions(node.expression) as ts.PropertyAccessExpression).expression, depth + 1);
    }
    return false;
  }
  if (ts.isIdentifier(node)) {
    if (isEnvNameHolder(node.text)) return true;
    const initializer = findDeclaration(node)?.initializer;
    return initializer ? isEnvNameExpression(initializer, depth + 1) : false;
  }
  return false;
}

/** A test in a condition on the deploy name. */
export interface EnvTest {
  /** The comparison (`NODE_ENV === 'production'`), flag (`isProd`) or call (`[…].includes(env)`). */
  node: ts.Expression;
  /** The deploy names the test is true for (before `negated`). */
  envs: EnvName[];
  /** The test is true when the deploy is NOT one of `envs` (`!==`, `!isProd`). */
  negated: boolean;
}

/** A flag for one deploy: `isProd`, `IS_PRODUCTION`, `inDev`, `isStagingEnv`. The pattern a whole name must match (case-insensitive). */
export const FLAG_NAME_PATTERN = '(is|in)_?(prod|production|staging|stage|qa|uat|dev|development|local|test|testing|preprod)(_?(env|environment|mode|build|deploy|deployment))?';
const FLAG_NAME = new RegExp(`^${FLAG_NAME_PATTERN}$`, 'i');

/** The deploy a flag name is about (`isProd` → production), if it is such a flag. */
export function flagEnv(name: string): EnvName | undefined {
  const match = FLAG_NAME.exec(name);
  return match ? envNameOf(match[2]!) : undefined;
}

function compareOperator(kind: ts.SyntaxKind): 'equal' | 'notEqual' | undefined {
  if (kind === ts.SyntaxKind.EqualsEqualsEqualsToken || kind === ts.SyntaxKind.EqualsEqualsToken) return 'equal';
  if (kind === ts.SyntaxKind.ExclamationEqualsEqualsToken || kind === ts.SyntaxKind.ExclamationEqualsToken) return 'notEqual';
  return undefined;
}

/** Parts of a compared literal that make it a deploy name even when it is no known one: `'eu-prod'`, `'staging-2'`. */
export const ENV_NAME_FRAGMENTS: ReadonlyArray<{ fragment: RegExp; env: EnvName }> = [
  { fragment: /prod/i, env: 'production' },
  { fragment: /stag/i, env: 'staging' },
];

/** Canonical deploy name of a compared literal; unknown names (`'eu-prod'`) count as production-like when they say prod. */
function comparedEnv(literal: string): EnvName | undefined {
  return envNameOf(literal) ?? ENV_NAME_FRAGMENTS.find(({ fragment }) => fragment.test(literal))?.env;
}

/** Reads one test on the deploy name, if `expression` is one. */
export function envTestOf(expression: ts.Expression, depth = 0): EnvTest | undefined {
  if (depth > 4) return undefined;
  const node = skipOuterExpressions(expression);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
    const inner = envTestOf(node.operand, depth + 1);
    return inner ? { node, envs: inner.envs, negated: !inner.negated } : undefined;
  }
  if (ts.isBinaryExpression(node)) {
    const operator = compareOperator(node.operatorToken.kind);
    if (!operator) return undefined;
    for (const [side, other] of [
      [node.left, node.right],
      [node.right, node.left],
    ] as const) {
      const literal = staticString(skipOuterExpressions(other));
      if (literal === undefined) continue;
      const env = comparedEnv(literal);
      if (env && isEnvNameExpression(side)) return { node, envs: [env], negated: operator === 'notEqual' };
    }
    return undefined;
  }
  if (ts.isCallExpression(node)) {
    const callee = skipOuterExpressions(node.expression);
    if (!ts.isPropertyAccessExpression(callee)) return undefined;
    const method = callee.name.text;
    const receiver = skipOuterExpressions(callee.expression);
    const [argument] = node.arguments;
    // ['production', 'staging'].includes(process.env.NODE_ENV)
    if (method === 'includes' && ts.isArrayLiteralExpression(receiver) && argument && isEnvNameExpression(argument)) {
      const envs = receiver.elements.map((element) => comparedEnv(staticString(element) ?? '')).filter((env): env is EnvName => env !== undefined);
      return envs.length > 0 ? { node, envs, negated: false } : undefined;
    }
    // process.env.NODE_ENV.startsWith('prod')
    if (ENV_NAME_MATCHERS.has(method) && isEnvNameExpression(receiver)) {
      const env = comparedEnv(staticString(argument) ?? '');
      return env ? { node, envs: [env], negated: false } : undefined;
    }
    return undefined;
  }
  if (ts.isPropertyAccessExpression(node)) {
    // import.meta.env.PROD / DEV (Vite)
    if (ts.isPropertyAccessExpression(node.expression) && ts.isMetaProperty(node.expression.expression)) {
      const env = IMPORT_META_ENV_FLAGS.get(node.name.text);
      return env ? { node, envs: [env], negated: false } : undefined;
    }
    const env = flagEnv(node.name.text);
    return env ? { node, envs: [env], negated: false } : undefined;
  }
  if (ts.isIdentifier(node)) {
    const initializer = findDeclaration(node)?.initializer;
    if (initializer) {
      const resolved = envTestOf(initializer, depth + 1);
      if (resolved) return { node, envs: resolved.envs, negated: resolved.negated };
    }
    const env = flagEnv(node.text);
    return env ? { node, envs: [env], negated: false } : undefined;
  }
  return undefined;
}

/** The tests on the deploy name inside a condition, through `&&`, `||`, `!` and parentheses. */
export function envTestsInCondition(condition: ts.Expression): EnvTest[] {
  const direct = envTestOf(condition);
  if (direct) return [direct];
  const node = skipOuterExpressions(condition);
  if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken || node.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    return [...envTestsInCondition(node.left), ...envTestsInCondition(node.right)];
  }
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
    return envTestsInCondition(node.operand).map((test) => ({ ...test, negated: !test.negated }));
  }
  return [];
}

/** True when a test only ever selects the test deploy (`NODE_ENV === 'test'`): not deploy config. */
export function isTestOnly(test: EnvTest): boolean {
  return test.envs.every((env) => env === 'test');
}

/** Whether the `true` branch of a condition with this test runs in production. */
export function trueBranchIsProduction(test: EnvTest): boolean {
  const mentionsProduction = test.envs.some((env) => env === 'production' || env === 'preprod' || env === 'staging');
  return mentionsProduction !== test.negated;
}

/** The deploy names a switch clause selects: `case 'production':` → production. */
export function caseEnv(clause: ts.CaseOrDefaultClause): EnvName | 'default' | undefined {
  if (ts.isDefaultClause(clause)) return 'default';
  const literal = staticString(skipOuterExpressions(clause.expression));
  return literal === undefined ? undefined : comparedEnv(literal);
}
