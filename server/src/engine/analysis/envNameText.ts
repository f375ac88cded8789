// What a script's text must contain for envNames.ts to find a choice between deploys in its
// syntax tree — an object keyed by deploy names, a test on the deploy name, a switch on it —
// read without parsing. The prefilters of config/env-name-branching and
// dev-prod-parity/divergent-backing-service use it to rule a file out before it is parsed.
//
// Every check is a necessary condition of the test it stands for: it may find more than the
// syntax tree has (a name in a comment, a word in a string), never less — in a file with syntax
// errors too, except where mayHaveEnvKeyedObject says otherwise. Each is built from the lists
// envNames.ts itself uses, so the two cannot drift apart. Escapes are read first (cookedText).
import type { PrefilterContext } from '../types';
import { cookedText } from './cookedText';
import {
  CATALOG_ENV_KEYS,
  ENV_NAME_FRAGMENTS,
  ENV_NAME_MATCHERS,
  ENV_NAME_NORMALISERS,
  ENV_NAMES,
  ENV_NAME_HOLDER_CORE,
  EXPRESS_ENV_SETTING,
  FLAG_NAME_PATTERN,
  IMPORT_META_ENV_FLAGS,
  IMPORT_META_ENV_NAME,
  flagEnv,
  isEnvNameHolder,
  type EnvName,
} from './envNames';

/**
 * Which tests on the deploy name count: `any` (divergent-backing-service compares the branches
 * of `NODE_ENV === 'test'` too), or `realDeploys` (env-name-branching ignores tests that only
 * ever select the test deploy, like `isTest` or `NODE_ENV === 'test'`).
 */
export type DeployTestScope = 'any' | 'realDeploys';

function countsIn(scope: DeployTestScope, env: EnvName): boolean {
  return scope === 'any' || env !== 'test';
}

function escapeForPattern(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

/**
 * Before and after a whole name: no identifier character (a real name is bounded by other
 * characters). `\b` before it, which also lets `$` precede (a few more matches), is much faster
 * than a lookbehind: every name checked here starts with a letter or digit.
 */
const NAME_START = '\\b';
const NAME_END = '(?![\\w$])';

/** Whitespace and comments, which may stand between a key and what follows it. */
const TRIVIA = String.raw`(?:\s|/\*[\s\S]*?\*/|//[^\n]*)*`;

/**
 * A word that names a deploy, where a key of an object literal stands: `production:`,
 * `'production':`, `['production']:`, shorthand `{ production, dev }` and `{ dev = … }` (an
 * assignment pattern). `?` and `!` are let through too: the parser accepts them after a key.
 */
const DEPLOY_KEY = new RegExp(`${NAME_START}(?:${[...ENV_NAMES.keys()].map(escapeForPattern).join('|')})${NAME_END}['"\`]?(?:${TRIVIA}\\])?${TRIVIA}[:,}=?!]`, 'gi');

/** A flag name (`isProd`, `IS_STAGING_ENV`) as a whole name. */
const FLAG_WORD = new RegExp(`${NAME_START}${FLAG_NAME_PATTERN}${NAME_END}`, 'gi');

/** `import.meta.env.PROD` / `.DEV`: their member names, as whole names (case matters, as in the tree). */
const IMPORT_META_FLAG_WORD = new RegExp(`${NAME_START}(?:${[...IMPORT_META_ENV_FLAGS.keys()].map(escapeForPattern).join('|')})${NAME_END}`, 'g');

/**
 * A string literal whose value is a deploy name: the quote, the name, and what ends the literal
 * (its quote; a line break or the end of the text for an unterminated one, which TypeScript
 * still reads as a literal). By scope, built on first use.
 */
const deployLiteralPatterns = new Map<DeployTestScope, RegExp>();
function deployLiteralPattern(scope: DeployTestScope): RegExp {
  let pattern = deployLiteralPatterns.get(scope);
  if (!pattern) {
    const names = [...ENV_NAMES].filter(([, env]) => countsIn(scope, env)).map(([name]) => escapeForPattern(name));
    pattern = new RegExp(`(['"\`])(?:${names.join('|')})(?:\\1|[\\r\\n\\u2028\\u2029]|$)`, 'i');
    deployLiteralPatterns.set(scope, pattern);
  }
  return pattern;
}

/**
 * Where a name that makes an expression yield the deploy name (isEnvNameExpression) may be:
 * what every name isEnvNameHolder accepts contains, Vite's `import.meta.env.MODE`, Express's
 * `app.get('env')`. Found as text first: a search for a few letters is much faster than one for
 * whole names, and most files have few such places.
 */
const ENV_NAME_HOLDER_PLACE = new RegExp(`${ENV_NAME_HOLDER_CORE.source}|${escapeForPattern(IMPORT_META_ENV_NAME)}|${escapeForPattern(EXPRESS_ENV_SETTING)}`, 'gi');

function isNameCharacter(code: number): boolean {
  // [A-Za-z0-9_$]: what `\w` and `$` match. A real name is never next to one of these.
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36;
}

const MEMBER_NAME = /[\w$]+/y;

/**
 * Whether a name found at `end` (its end offset) can be the last name of an expression that
 * yields the deploy name. Such an expression is never the object of a member access (`env.PORT`,
 * `process.env.NODE_ENV.length`, `env[key]`): the parser always reads `.` and `[` after an
 * expression as one, whatever else the file says. The exceptions are the methods that keep or
 * test the name (`NODE_ENV.toLowerCase()`, `env.startsWith('prod')`).
 */
function mayEndDeployNameExpression(text: string, end: number): boolean {
  const next = text[end];
  if (next === '[') return false;
  if (next !== '.') return true;
  MEMBER_NAME.lastIndex = end + 1;
  const member = MEMBER_NAME.exec(text)?.[0];
  // `.` and then no name (a line break before it, a comment): let it count.
  if (member === undefined) return true;
  return ENV_NAME_NORMALISERS.has(member) || ENV_NAME_MATCHERS.has(member);
}

/** The checks of one script's text; each is computed once, whichever rule asks first. */
class DeployNameText {
  private readonly text: string;
  private envKeyedObject: boolean | undefined;
  private deployNameRead: boolean | undefined;
  private readonly flags = new Map<DeployTestScope, boolean>();
  private readonly literals = new Map<DeployTestScope, boolean>();

  constructor(rawText: string) {
    this.text = cookedText(rawText);
  }

  /**
   * envKeyedEntries needs two keys that are deploy names, one of them from the catalog's list.
   * In syntactically valid code a key is followed by `:`, or, shorthand, by `,`, `}` or `=`.
   * (A file with syntax errors can have keys followed by anything, the parser recovering; it is
   * checked again once it parses, as an editor does after every change.)
   */
  mayHaveEnvKeyedObject(): boolean {
    if (this.envKeyedObject === undefined) {
      let keys = 0;
      let catalogKey = false;
      DEPLOY_KEY.lastIndex = 0;
      for (let match = DEPLOY_KEY.exec(this.text); match && !(keys >= 2 && catalogKey); match = DEPLOY_KEY.exec(this.text)) {
        keys++;
        if (CATALOG_ENV_KEYS.has(/^[\w-]+/.exec(match[0])![0].toLowerCase())) catalogKey = true;
      }
      this.envKeyedObject = keys >= 2 && catalogKey;
    }
    return this.envKeyedObject;
  }

  /** A flag name (`isProd`, `config.IS_STAGING`) or Vite's `import.meta.env.PROD`, for a deploy in scope. */
  hasDeployFlag(scope: DeployTestScope): boolean {
    let found = this.flags.get(scope);
    if (found === undefined) {
      found = false;
      FLAG_WORD.lastIndex = 0;
      for (let match = FLAG_WORD.exec(this.text); match && !found; match = FLAG_WORD.exec(this.text)) {
        const env = flagEnv(match[0]);
        found = env !== undefined && countsIn(scope, env);
      }
      IMPORT_META_FLAG_WORD.lastIndex = 0;
      for (let match = IMPORT_META_FLAG_WORD.exec(this.text); match && !found; match = IMPORT_META_FLAG_WORD.exec(this.text)) {
        const env = IMPORT_META_ENV_FLAGS.get(match[0]);
        found = env !== undefined && countsIn(scope, env);
      }
      this.flags.set(scope, found);
    }
    return found;
  }

  /**
   * A string literal that comparedEnv reads as a deploy in scope: exactly a deploy name
   * (`'dev'`, `"PRODUCTION"`), or anything with a fragment such as 'prod' in it (`'eu-prod'`,
   * which is why a file about products cannot be ruled out by this check alone).
   */
  hasDeployLiteral(scope: DeployTestScope): boolean {
    let found = this.literals.get(scope);
    if (found === undefined) {
      found = ENV_NAME_FRAGMENTS.some(({ fragment, env }) => countsIn(scope, env) && fragment.test(this.text)) || deployLiteralPattern(scope).test(this.text);
      this.literals.set(scope, found);
    }
    return found;
  }

  /**
   * A name that can make an expression yield the deploy name (isEnvNameExpression):
   * `process.env.NODE_ENV`, `config.get('APP_ENV')`, `env`, `this.stage`, `import.meta.env.MODE`,
   * `app.get('env')` — and every variable initialised from one has one in its initializer.
   * `process.env.PORT` has no such name at the end of an expression.
   */
  readsDeployName(): boolean {
    if (this.deployNameRead === undefined) {
      this.deployNameRead = false;
      const text = this.text;
      ENV_NAME_HOLDER_PLACE.lastIndex = 0;
      for (let place = ENV_NAME_HOLDER_PLACE.exec(text); place; place = ENV_NAME_HOLDER_PLACE.exec(text)) {
        // The whole name around the place.
        let start = place.index;
        while (start > 0 && isNameCharacter(text.charCodeAt(start - 1))) start--;
        let end = place.index + place[0].length;
        while (end < text.length && isNameCharacter(text.charCodeAt(end))) end++;
        ENV_NAME_HOLDER_PLACE.lastIndex = end;
        const name = text.slice(start, end);
        if ((isEnvNameHolder(name) || name === IMPORT_META_ENV_NAME || name === EXPRESS_ENV_SETTING) && mayEndDeployNameExpression(text, end)) {
          this.deployNameRead = true;
          break;
        }
      }
    }
    return this.deployNameRead;
  }
}

const textByContext = new WeakMap<PrefilterContext, DeployNameText>();

function deployNameText(ctx: PrefilterContext): DeployNameText {
  let text = textByContext.get(ctx);
  if (!text) textByContext.set(ctx, (text = new DeployNameText(ctx.text)));
  return text;
}

/**
 * False when no construct of the script can choose between deploys the way envNames.ts reads
 * one, so a rule built on envKeyedEntries, envTestsInCondition and isEnvNameExpression cannot
 * report on it:
 *  - an env-keyed object needs deploy names as keys;
 *  - a test on the deploy name is a flag (`isProd`, `import.meta.env.PROD`), or compares a
 *    deploy-name literal with an expression that yields the deploy name (`===`, `includes`,
 *    `startsWith`, a `case` of a switch on it) — so it needs both.
 */
export function mayChooseByDeployName(ctx: PrefilterContext, scope: DeployTestScope): boolean {
  const text = deployNameText(ctx);
  // Cheapest first; the scan for names that read the deploy name only where a literal could be compared with one.
  return text.hasDeployFlag(scope) || (text.hasDeployLiteral(scope) && text.readsDeployName()) || text.mayHaveEnvKeyedObject();
}
