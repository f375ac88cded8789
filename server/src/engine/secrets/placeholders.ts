// What is NOT a secret even where a secret is expected: values meant to be replaced
// (placeholders), references to where the real value lives (`${VAR}`, `{{ secrets.X }}`),
// masks (`****`) and the handful of example values vendors publish in their docs.
import { identifierWords } from '../analysis/names';

/** Interpolations and references: the value points elsewhere instead of being the secret. */
const REFERENCE_PATTERNS: readonly RegExp[] = [
  /\$\{[^}]*\}/, // ${VAR}, ${{ secrets.X }}, ${VAR:-default}
  /\{\{[^}]*\}\}/, // {{ .Values.password }}, {{password}}
  /<%=?[^%]*%>/, // <%= ENV['X'] %>
  /#\{[^}]*\}/, // #{ENV}
  /^\$[A-Za-z_][A-Za-z0-9_]*$/, // $VAR
  /^\$\([^)]*\)$/, // $(VAR)
  /^%[A-Za-z_][A-Za-z0-9_]*%$/, // %VAR%
  /^__[A-Z0-9_]+__$/, // __API_KEY__ (replaced at build time)
  /^@@[A-Za-z0-9_]+@@$/,
  /^\{[A-Za-z_][\w.-]*\}$/, // {password}
  /^\[[A-Za-z_][\w .-]*\]$/, // [API_KEY]
  /\bprocess\.env\b|\bimport\.meta\.env\b/,
  /^(env|vault|ssm|secretsmanager|awssm|gcpsm|azkv|op|ref|file|secret|secrets):/i, // env:JWT_SECRET, op://…, vault:…
  /^arn:aws:/,
];

/** Words that mark a value as "put the real one here". Matched on the value's words. */
const PLACEHOLDER_WORDS = new Set([
  'changeme',
  'placeholder',
  'redacted',
  'dummy',
  'fake',
  'sample',
  'example',
  'examples',
  'lorem',
  'ipsum',
  'notset',
  'unset',
  'xxx',
  'xxxx',
  'xxxxx',
  'yyy',
  'zzz',
  'nnn',
]);

/** Phrases (on the lower-cased value with separators removed). */
const PLACEHOLDER_PHRASES: readonly RegExp[] = [
  /changeme|changethis|changeit|replaceme|replacethis|replacewith|tobereplaced|tobechanged|fillme|fillin|putyour|enteryour|insertyour|addyour|pasteyour|setyour|useyour/,
  /^your|yourown|here$|goeshere/,
  /^(insert|enter|paste|provide|add)(your|the|a|an)?(api|secret|token|key|password|value)/,
  /example|sample|placeholder|redacted|dummy|notarealsecret|notreal|notasecret|fakekey|faketoken|fakesecret|fakepassword/,
];

/**
 * Published example credentials (AWS docs, jwt.io, Stripe docs, Sentry docs, Docker Hub
 * postgres image) — known to everyone, so not a leak. Compared exactly.
 */
const PUBLISHED_EXAMPLES = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'pk_test_TYooMQauvdEDq54NiTphI7jx',
  'mysecretpassword',
  'examplePublicKey',
]);

/** Stand-ins people type where a real value will go; not a secret on their own. */
const STAND_IN_VALUES = new Set([
  'password',
  'passwd',
  'pass',
  'pwd',
  'secret',
  'secrets',
  'token',
  'apikey',
  'api_key',
  'api-key',
  'key',
  'value',
  'test',
  'testing',
  'demo',
  'default',
  'none',
  'null',
  'nil',
  'undefined',
  'empty',
  'blank',
  'foo',
  'bar',
  'baz',
  'foobar',
  'abc',
  'xyz',
  'na',
  'n/a',
  'tbd',
  'todo',
  'fixme',
  'unknown',
]);

/** True for a string made of one repeated character (`xxxx`, `****`, `0000`, `•••`). */
export function isRepeatedCharacter(value: string): boolean {
  return value.length > 0 && /^(.)\1*$/su.test(value);
}

/** Only mask characters and separators: `xxxx-xxxx-xxxx`, `***-***`, `...`. */
function isMask(value: string): boolean {
  return /^[*•·xX.#_\-\s?]+$/.test(value) && /[*•·xX#?]/.test(value);
}

/**
 * A value meant to be replaced (or a reference to where the real value lives), per the
 * catalog: empty, `changeme`/`xxx`/`<your-key>`/`${VAR}`/`your_api_key_here`-style, one
 * repeated character, plus masks, published example credentials and (unless
 * `standIns: false`) bare stand-in words like `password` or `secret`.
 */
export function isPlaceholder(value: string, options: { standIns?: boolean } = {}): boolean {
  const trimmed = value.trim();
  if (trimmed.length === 0) return true;
  if (isRepeatedCharacter(trimmed) || isMask(trimmed)) return true;
  if (PUBLISHED_EXAMPLES.has(trimmed)) return true;
  if (/^<[^<>]+>$/.test(trimmed) || /<[^<>]*(your|key|token|secret|password|pass|here|insert|replace|value|id)[^<>]*>/i.test(trimmed)) return true;
  if (REFERENCE_PATTERNS.some((pattern) => pattern.test(trimmed))) return true;
  const lower = trimmed.toLowerCase();
  // `password`, `secret`, `test`: stand-ins where a value is assigned, but a real (weak)
  // value where it is a fallback — config/secret-fallback asks without them.
  if (options.standIns !== false && STAND_IN_VALUES.has(lower)) return true;
  const squashed = lower.replace(/[^a-z0-9]/g, '');
  if (PLACEHOLDER_PHRASES.some((pattern) => pattern.test(squashed))) return true;
  if (/x{5,}/i.test(trimmed) || /(.)\1{7,}/.test(trimmed)) return true;
  return identifierWords(trimmed).some((word) => PLACEHOLDER_WORDS.has(word));
}

/**
 * Values obviously typed as a test or demo stand-in (`test-secret`, `test1234`,
 * `demo_token`, `mock-password`): not placeholders by the catalog's letter, but no reader
 * would take them for a live credential. Used for generic (name-based) findings only:
 * a provider-format token is judged on its format.
 */
export function isObviousExample(value: string): boolean {
  const words = identifierWords(value);
  return words.some((word) => /^(test|testing|demo|mock|mocked|stub|fixture|foo|bar|baz|qux|lorem)\d*$/.test(word));
}

export { PUBLISHED_EXAMPLES };
