// Can config/hardcoded-secret's script hook report anything in this text? Answered without
// parsing, so that a file that cannot hold a finding is never parsed. Each clue below is a
// NECESSARY condition of one way the hook reports a literal (detectSecret and the rule's
// `script`), so the answer may be "yes" for a file without secrets, but never "no" for a file
// the rule reports on:
//
//   (a) the literal holds a provider-format token (providers.ts)       → TOKEN_CLUES
//   (b) a secretlint match overlaps the literal (providerTokens.ts)     → TOKEN_CLUES
//   (c) the literal is an embedded credential (urlCredentials.ts) or an
//       Authorization-style value (credentialShape.ts)                 → EMBEDDED_CREDENTIAL_CLUES,
//                                                                         SECRET_NAME_CLUES (query and header names)
//   (d) a credential-like literal goes to a secret-named target        → SECRET_NAME_CLUES, NAMING_CALL_CLUES
//
// The word lists mirror secretNames.ts and scriptTargets.ts; test/unit/secrets/textPrefilter.test.ts
// holds them to secretName() over every word secretNames.ts knows, to every provider format
// and to every secretlint rule we run, so a list that grows there and not here fails a test.
//
// A literal's value is its *cooked* text: `'\x73k_live…'` is `sk_live…`, `'https:\/\/…'` is a
// URL, an identifier may be written `\u0070assword`, and a query parameter's name is
// percent-decoded. So when the text has such escapes, the clues are also tried on the lines
// around them, decoded (decodedEscapeContext).
//
// Cost: most clues start with fixed strings, looked up in the engine's KeywordIndex of the text
// (built anyway) or, for a short text, searched directly; only a clue whose strings occur runs
// its regex, and the few without fixed strings run one literal-led regex each. Measured at
// about 4-5% of the time it takes to parse the same text (150 KB service files).
import { KeywordIndex } from '../keywordIndex';
import { cookedText } from '../analysis/cookedText';

/** Exact "does the text contain …" answers: the engine's KeywordIndex of the text, or plain searches. */
interface Substrings {
  includes(substring: string): boolean;
}

/** A condition on the text: one of `strings` occurs in it, all of `allOf` too, and, when given, `shape` holds. */
interface Clue {
  /** Empty: no fixed string, the shape alone decides. */
  strings: readonly string[];
  allOf?: readonly string[];
  shape?: RegExp;
  /** Must also match somewhere in the file, not necessarily near the shape (a receiver's name). */
  context?: RegExp;
}

// ---------------------------------------------------------------------------------------------
// (a, b) Provider tokens: each format of providers.ts and each secretlint rule we run (the
// preset less basic auth, connection strings and GCP), reduced to its fixed prefix plus as much
// of its shape as stays cheap. Each clue holds wherever its format's own pattern matches.

const TOKEN_CLUES: readonly Clue[] = [
  // pem-private-key; secretlint privatekey
  { strings: ['PRIVATE KEY'] },
  // aws-access-key-id; secretlint aws (access key ids)
  { strings: ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T', 'AGPA', 'AIDA', 'AROA', 'AIPA', 'ANPA', 'ANVA'], shape: /(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9]|AGPA|AIDA|AROA|AIPA|ANPA|ANVA)[A-Z0-9]{16}/ },
  // secretlint aws: `aws_secret_access_key = "…"`
  { strings: ['SECRET', 'secret', 'Secret'], shape: /(?:SECRET|secret|Secret)_?(?:ACCESS|access|Access)_?(?:KEY|key|Key)/ },
  // github-token (secretlint also allows `_` in the body)
  { strings: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], shape: /gh[pousr]_[A-Za-z0-9_]{36}/ },
  { strings: ['github_pat_'] },
  // secretlint github: `https://<token>:x-oauth-basic@github.com/` (anything before the colon);
  // secretlint npm: `_authToken=…` lines
  { strings: ['x-oauth-basic@', '_authToken='] },
  // gitlab-token; secretlint gitlab, grafana
  { strings: ['glpat-', 'gldt-', 'glrt-', 'glptt-', 'glcbt-', 'gloas-', 'glft-', 'glsoat-', 'glimt-', 'glagent-', 'glc_', 'glsa_'] },
  // slack-token; secretlint slack
  { strings: ['xoxa-', 'xoxb-', 'xoxp-', 'xoxo-', 'xoxs-', 'xoxr-', 'xoxe-', 'xapp-'] },
  // slack-webhook; secretlint matches it case-insensitively
  { strings: [], shape: /hooks\.slack\.com\//i },
  // stripe-live-key, stripe-webhook-secret
  { strings: ['sk_live_', 'rk_live_', 'whsec_'] },
  // google-api-key, google-oauth-client-secret
  { strings: ['AIza'], shape: /AIza[0-9A-Za-z_-]{35}/ },
  { strings: ['GOCSPX-'] },
  // twilio-account-sid, twilio-api-key
  { strings: [], shape: /(?:AC|SK)[0-9a-f]{32}/ },
  // sendgrid-api-key; secretlint sendgrid (`SG.` + word characters + `.`)
  { strings: ['SG.'], shape: /SG\.[\w-]+\./ },
  // npm-token; secretlint npm
  { strings: ['npm_'], shape: /npm_[A-Za-z0-9_]{36}/ },
  // openai-api-key, openai-project-key, anthropic-api-key; secretlint openai, anthropic: `sk-` and 32+ more
  { strings: ['sk-'], shape: /sk-[A-Za-z0-9_-]{32}/ },
  // sentry-dsn
  { strings: ['://'], shape: /:\/\/[0-9a-f]{32}/ },
  // jwt, mapbox-secret-token
  { strings: ['eyJ'], shape: /eyJ[A-Za-z0-9_-]{8,}\.eyJ|sk\.eyJ/ },
  // mailgun-api-key, mailchimp-api-key
  { strings: ['key-'], shape: /key-[0-9a-f]{32}/ },
  { strings: ['-us'], shape: /-us\d(?<=[0-9a-f]{32}-us\d)/ },
  // discord-webhook
  { strings: ['discord'], shape: /discord(?:app)?\.com\/api\/webhooks\// },
  // discord-bot-token: its first part must decode to 17-20 digits, and base64 of ASCII digits
  // starts with M, N or O, then one of D T j z, then one of A E I M Q U Y c g k.
  { strings: [], shape: /[MNO][DTjz][A-Za-z0-9_-]{22,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27}/ },
  // telegram-bot-token: digits, `:`
  { strings: [], shape: /\d:[A-Za-z0-9_-]{35}(?<=\d{8}:[A-Za-z0-9_-]{35})/ },
  // azure-storage-key, digitalocean-token, hashicorp-vault-token (also secretlint)
  { strings: ['AccountKey=', 'doo_v1_', 'dop_v1_', 'dor_v1_', 'hvs.', 'hvb.', 'hvr.'] },
  // huggingface-token (also secretlint)
  { strings: ['hf_'], shape: /hf_[A-Za-z]{34}/ },
  // shopify-token (also secretlint), square-token, pypi-token, postman-api-key, linear-api-key and groq-api-key (also secretlint)
  { strings: ['shpat_', 'shpca_', 'shppa_', 'shpss_', 'sq0atp-', 'sq0csp-', 'pypi-AgEIcHlwaS5vcmc', 'PMAK-', 'lin_api_', 'gsk_'] },
  // replicate-token
  { strings: ['r8_'], shape: /r8_[A-Za-z0-9]{37}/ },
  // databricks-token (secretlint also takes upper-case hex)
  { strings: ['dapi'], shape: /dapi[A-Fa-f0-9]{32}/ },
  // firebase-server-key, age-secret-key
  { strings: ['APA91b', 'AGE-SECRET-KEY-1'] },
  // secretlint notion, 1password, vercel, docker, figma
  { strings: ['ntn_', 'ops_ey', 'vcp_', 'vci_', 'vca_', 'vcr_', 'vck_', 'dckr_pat_', 'figd_'] },
];

// ---------------------------------------------------------------------------------------------
// (c) Embedded credentials and Authorization-style values.

const EMBEDDED_CREDENTIAL_CLUES: readonly Clue[] = [
  // findUrlCredentials: `scheme://userinfo@host` in one literal, the userinfo free of blanks,
  // `/?#`, quotes and `<>`. In a template the user may be a substitution (`://${user}:pw@`,
  // reported when the password is literal): the raw text has the expression there, so `}`
  // followed by userinfo characters and `@` counts too. A password or a token-as-user that is
  // itself a substitution is never reported.
  { strings: ['://'], shape: /:\/\/[^\s/?#'"`<>]*@/ },
  { strings: ['${'], allOf: ['://', '@'], shape: /@(?<=\}[^\s/?#'"`<>]*@)/ },
  // findConnectionStringPassword: `Server=…;Password=…`, matched case-insensitively.
  { strings: [], shape: /(?:password|pwd|accountkey|sharedaccesskey)\s*=/i },
  // findCommandLineCredential: `--password <pw>`, `--requirepass <pw>`, `--token <t>`.
  { strings: ['--'], shape: /--(?:pass|token|api-?key|secret|client-secret|auth-token|access-token|requirepass|masterauth)/ },
  // authSchemeCredential: splitAuthScheme wants the scheme at the start of the value (after
  // blanks), so right after the literal's opening quote. (Header lines inside a string,
  // `'Authorization: Bearer …'`, and query parameters are named: see the secret names.)
  {
    strings: ['Bearer', 'Basic', 'Token', 'Bot', 'token', 'bearer', 'basic', 'Digest', 'ApiKey', 'Api-Key', 'SSWS', 'Splunk', 'GenieKey'],
    shape: /(?:Bearer|Basic|Token|Bot|token|bearer|basic|Digest|ApiKey|Api-Key|SSWS|Splunk|GenieKey)\s(?<=['"`]\s*(?:Bearer|Basic|Token|Bot|token|bearer|basic|Digest|ApiKey|Api-Key|SSWS|Splunk|GenieKey)\s)/,
  },
];

// ---------------------------------------------------------------------------------------------
// (c, d) Secret names. secretName reads a name's words (identifierWords, glued compounds split)
// head-last: the head word, after dropping transparent suffixes, decides. A clue per head word
// asks for that word in the text, spelt and bounded as identifierWords would read it, and not
// followed by what would make another word the head. It over-approximates secretName: action
// prefixes (`getPassword`), `public`, and the qualifiers that make a token not a credential
// are ignored.

/** Head words that may also end a glued word (GLUED_SUFFIXES: `dbpassword`, `sentrydsn`, `xapikey`). */
const GLUED_HEAD_WORDS = ['password', 'passwd', 'passphrase', 'secret', 'secrets', 'token', 'tokens', 'apikey', 'pwd', 'dsn'];
/** The other head words of kindOfHead, but `pass` and `key(s)`, which have clues of their own. */
const STANDALONE_HEAD_WORDS = ['pswd', 'passcode', 'passwort', 'pw', 'salt', 'pepper', 'credential', 'credentials', 'creds', 'cred', 'auth', 'authorization', 'bearer'];

/** PASS_QUALIFIERS: `pass` is a password when it is the name's first word or follows one of these (`dbPass`). */
const PASS_QUALIFIERS = [
  'db', 'database', 'user', 'smtp', 'mail', 'email', 'admin', 'root', 'redis', 'mysql', 'postgres', 'pg', 'mongo', 'mongodb', 'ftp', 'sftp', 'ssh', 'proxy',
  'auth', 'app', 'api', 'rabbit', 'rabbitmq', 'amqp', 'ldap', 'bind', 'account', 'login', 'server', 'service', 'client', 'basic', 'http', 'my', 'master',
  'keystore', 'store', 'key', 'vault', 'registry', 'docker', 'npm', 'git', 'imap', 'pop', 'sasl',
];

/** Verbs scriptTargets.ts strips from a setter's or getter's name to name what it sets or returns. */
const NAME_VERBS = ['set', 'get', 'load', 'read', 'fetch'];

/** KEY_QUALIFIERS: `key`/`keys` is a secret's head only after one of these (`apiKey`, `signing_key`). */
const KEY_QUALIFIERS = [
  'api', 'secret', 'private', 'priv', 'access', 'signing', 'sign', 'signature', 'encryption', 'encrypt', 'decryption', 'decrypt', 'crypto', 'cipher', 'aes', 'hmac',
  'jwt', 'jws', 'jwe', 'master', 'app', 'auth', 'service', 'server', 'admin', 'subscription', 'consumer', 'webhook', 'session', 'cookie', 'shared', 'symmetric',
  'root', 'account', 'deploy', 'developer', 'ssh', 'tls', 'ssl', 'gpg', 'pgp', 'rsa', 'ec', 'ed25519',
];

/** GLUED_KEY_PREFIXES: `secretkey`, `accesskeys` are split into qualifier + key. */
const GLUED_KEY_PREFIXES = ['api', 'secret', 'private', 'access', 'signing', 'encryption', 'master', 'app', 'client', 'auth', 'service', 'admin', 'subscription', 'consumer', 'session', 'jwt', 'hmac'];

/** TRANSPARENT_SUFFIXES: words after the head that leave it the head (`JWT_SECRET_PROD`, `passwordConfirm`). */
const TRANSPARENT_SUFFIXES = [
  'value', 'val', 'raw', 'plain', 'plaintext', 'str', 'string', 'literal', 'b64', 'base64', 'hex', 'encoded', 'prod', 'production', 'dev', 'development',
  'staging', 'stage', 'test', 'testing', 'local', 'live', 'sandbox', 'default', 'fallback', 'override', 'old', 'new', 'current', 'confirm', 'confirmation',
  'confirmed', 'again', 'repeat', 'retype', 'verify', 'base', 'v1', 'v2', 'v3', 'primary', 'secondary', 'main',
];

/** The spellings identifierWords reads as the lower-case `word` (it lower-cases, and splits `fooBar`, `FOO_BAR`, `FOOBar`). */
function spellings(word: string): [lower: string, capitalised: string, upper: string] {
  return [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()];
}

/** Where a lower-case or Capitalised word ends: not before a lower-case letter or a digit (`passed`, `token2` are other words). */
const WORD_END = '(?![a-z0-9])';
/** Where an UPPER word ends: nor before a capital that does not start a hump (`AUTHOR` is one word, `AUTHToken` two). */
const UPPER_WORD_END = '(?![a-z0-9]|[A-Z](?![a-z]))';

/**
 * The words as whole words of a name, in their three spellings: lower-case after a
 * non-alphanumeric character, Capitalised anywhere (a camel hump), UPPER unless another capital
 * precedes (`OAUTH` is one word). Words that may end a glued word need no start.
 */
function wordForms(words: readonly string[], gluedOnTheLeft = false): string {
  const [lower, capitalised] = [0, 1].map((form) => words.map((word) => spellings(word)[form]).join('|'));
  // After a digit a capital always starts a new word (`ED25519KEY` is ed25519, key).
  const upperEndingInALetter = words.filter((word) => /[a-z]$/.test(word)).map((word) => word.toUpperCase());
  const upperEndingInADigit = words.filter((word) => !/[a-z]$/.test(word)).map((word) => word.toUpperCase());
  const lowerStart = gluedOnTheLeft ? '' : '(?<![A-Za-z0-9])';
  const upperStart = gluedOnTheLeft ? '' : '(?<![A-Z])';
  const forms = [`${lowerStart}(?:${lower})${WORD_END}`, `(?:${capitalised})${WORD_END}`];
  if (upperEndingInALetter.length > 0) forms.push(`${upperStart}(?:${upperEndingInALetter.join('|')})${UPPER_WORD_END}`);
  if (upperEndingInADigit.length > 0) forms.push(`${upperStart}(?:${upperEndingInADigit.join('|')})${WORD_END}`);
  return forms.join('|');
}

const TRANSPARENT_WORD = `(?:${TRANSPARENT_SUFFIXES.flatMap(spellings).join('|')})${WORD_END}`;

/**
 * What may follow a name's head word. Two shapes say the word is not the head:
 * - the name goes on with a word that is not a transparent suffix: a camel hump, or after
 *   `_ - . / $` (`passwordHash`, `TOKEN_TYPE`, `AuthError`, `'./auth.service'`). In code a
 *   target's name is never followed by `.`, `/` or `-` and a letter (a member access, a
 *   division, a subtraction), so those only join the words of a string name;
 * - prose: a blank and a lower-case word (`// pass the request on`, `the token is`). In code a
 *   name is followed by punctuation, an operator, a line break, or `as` / `satisfies`.
 */
const HEAD_END =
  `(?!(?:[_$./-]+|(?=[A-Z]))(?!${TRANSPARENT_WORD})[A-Za-z])` +
  `(?![ \\t]+(?!(?:as|satisfies|${TRANSPARENT_SUFFIXES.join('|')})(?![A-Za-z0-9]))[a-z])`;

function headWordClue(word: string, gluedOnTheLeft: boolean): Clue {
  return { strings: spellings(word), shape: new RegExp(`(?:${wordForms([word], gluedOnTheLeft)})${HEAD_END}`) };
}

/**
 * What may stand between a qualifier and `key` inside one name: identifier characters and the
 * separators of string names (`apiSigningKey`, `x-api-key`, `api.key`), escaped or not, however
 * many; or, in a string name with blanks (`API Key`), up to a hundred characters.
 */
const NAME_GAP = '(?:[A-Za-z0-9_$.:/\\\\-]*|[A-Za-z0-9_$.:/ \\\\-]{0,100})';

const KEY_AFTER_QUALIFIER = `(?:${wordForms(['key', 'keys'])})${HEAD_END}(?<=(?:${wordForms(KEY_QUALIFIERS)})${NAME_GAP}(?:keys?|Keys?|KEYS?))`;
const [lowerKeyPrefixes, capitalisedKeyPrefixes, upperKeyPrefixes] = [0, 1, 2].map((form) => GLUED_KEY_PREFIXES.map((prefix) => spellings(prefix)[form]).join('|'));
const KEY_GLUED_TO_QUALIFIER =
  `keys?${WORD_END}${HEAD_END}(?<=(?:(?<![A-Za-z0-9])(?:${lowerKeyPrefixes})|(?:${capitalisedKeyPrefixes}))keys?)` +
  `|KEYS?${UPPER_WORD_END}${HEAD_END}(?<=(?<![A-Z])(?:${upperKeyPrefixes})KEYS?)`;

const SECRET_NAME_CLUES: readonly Clue[] = [
  ...GLUED_HEAD_WORDS.map((word) => headWordClue(word, true)),
  ...STANDALONE_HEAD_WORDS.map((word) => headWordClue(word, false)),
  // `pass`: the name's first word (after a non-alphanumeric character), or camel-joined to a
  // qualifier (`dbPass`, `DBPass`; the `key` split off `secretkey` counts, so it may be glued),
  // or to the verb a setter's or getter's name loses (`setPass('…')` names its argument `pass`).
  {
    strings: spellings('pass'),
    shape: new RegExp(
      `(?:(?<![A-Za-z0-9])(?:pass|Pass)${WORD_END}|(?<![A-Za-z0-9])PASS${UPPER_WORD_END}` +
        `|(?:Pass${WORD_END}|PASS${UPPER_WORD_END})(?<=(?:${wordForms([...PASS_QUALIFIERS, ...NAME_VERBS])}|${wordForms(['key'], true)})(?:Pass|PASS)))${HEAD_END}`,
    ),
  },
  // `key`/`keys`: after a qualifier in the same name (`apiKey`, `SIGNING_KEY`, `x-api-key`,
  // `apiSigningKey`), or glued to a GLUED_KEY_PREFIXES word (`secretkey`, `ACCESSKEYS`). Led by
  // the key, the qualifier is looked for behind it.
  { strings: spellings('key'), shape: new RegExp(`${KEY_AFTER_QUALIFIER}|${KEY_GLUED_TO_QUALIFIER}`) },
];

// ---------------------------------------------------------------------------------------------
// (d) Targets named by the call or object around the literal (scriptTargets.ts).

const NAMING_CALL_CLUES: readonly Clue[] = [
  // callArgumentName: createHmac / createCipheriv / pbkdf2 / scrypt, cookieParser, SDKs that
  // take a secret positionally, `new Sequelize(db, user, password)`.
  { strings: ['createHmac', 'createCipheriv', 'createDecipheriv', 'pbkdf2', 'scrypt', 'cookieParser', 'cookie-parser', 'twilio', 'Twilio', 'algoliasearch', 'Mixpanel', 'Sequelize'] },
  // jwt.sign / jwt.verify: a receiver matching /jwt|jsonwebtoken|jws/i, or the jsonwebtoken module.
  { strings: [], shape: /jw[ts]|jsonwebtoken/i },
  // `discordClient.login('…')`, `bot.login('…')`: a bot token (the receiver is matched case-insensitively).
  { strings: ['login'], shape: /\blogin\b/, context: /client|bot|discord/i },
  // Signing keys named `keys`: `cookieSession({ keys: ['…'] })` in a container named like a
  // cookie or session, and Koa's `app.keys = ['…']`.
  { strings: ['keys'], shape: /(?<![\w$])['"`]?keys['"`]?\s*\]?\s*:/, context: /cookie|session/i },
  { strings: ['keys'], shape: /\bapp\s*(?:\.\s*keys|\[\s*['"`]keys['"`]\s*\])\s*(?:\|\||\?\?)?=(?!=)/ },
  // express-basic-auth: `users: { admin: '…' }` — the values are passwords.
  { strings: ['users'], shape: /(?<![\w$])['"`]?users['"`]?\s*\]?\s*:/ },
];

/** Names first: most files that may hold a secret say so with a name, and the answer comes sooner. */
const ALL_CLUES: readonly Clue[] = [...SECRET_NAME_CLUES, ...NAMING_CALL_CLUES, ...EMBEDDED_CREDENTIAL_CLUES, ...TOKEN_CLUES];

/** A text with its substring answers. */
interface Searchable {
  text: string;
  substrings: Substrings;
}

function clueHolds({ strings, allOf, shape, context }: Clue, { text, substrings }: Searchable, elsewhere: Searchable | undefined): boolean {
  if (strings.length > 0 && !strings.some((string) => substrings.includes(string))) return false;
  if (allOf && !allOf.every((string) => substrings.includes(string))) return false;
  if (shape && !shape.test(text)) return false;
  return !context || context.test(text) || (elsewhere !== undefined && context.test(elsewhere.text));
}

/**
 * Whether one of the clues holds in `searched`. For the decoded parts of a text, `elsewhere` is
 * the raw text: a clue with a context may have its shape in one and its context in the other.
 */
function holds(clues: readonly Clue[], searched: Searchable, elsewhere?: Searchable): boolean {
  for (const clue of clues) {
    if (clueHolds(clue, searched, elsewhere)) return true;
    if (clue.context && elsewhere && clueHolds(clue, elsewhere, searched)) return true;
  }
  return false;
}

/**
 * Below this length `String.includes` answers a couple of hundred questions faster than an
 * index, whose every answer goes through a cache.
 */
const PLAIN_SEARCH_LENGTH = 2_000;

/** Substring answers for a text: plain searches for a short one, else the given or a new index. */
function substringsOf(text: string, index?: Substrings): Substrings {
  if (text.length < PLAIN_SEARCH_LENGTH) return { includes: (substring) => text.includes(substring) };
  return index ?? new KeywordIndex(text);
}

const PERCENT_ESCAPE = /%([0-9A-Fa-f]{2})/g;

/**
 * The text with escapes decoded as the scanner cooks string and template literals and
 * identifiers (cookedText): each literal's value is then a substring of the result. Then `%XX`
 * too, as query parameter names are decoded before they are judged.
 */
export function decodeEscapes(text: string): string {
  const cooked = cookedText(text);
  return cooked.includes('%') ? cooked.replace(PERCENT_ESCAPE, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16))) : cooked;
}

/**
 * Escapes that may make the cooked text differ from the raw text in a way a clue can see, and
 * `%XX`. A backslash before a backslash or a quote is not one: the raw text holds the same
 * character, and the extra backslash before it is, like the quote, neither a letter, a digit,
 * a blank nor any character a clue asks for.
 */
const ESCAPE_MARK = /\\(?![\\'"`])|%[0-9A-Fa-f]{2}/g;

/**
 * Context kept around each escape: the escape's own lines (every clue but two matches within
 * one line) and this many characters more, for the two whose blanks may span lines (a
 * template's opening quote, blank lines, then `Bearer`; `password` then `=` lines below).
 */
const ESCAPE_CONTEXT = 256;

/**
 * The parts of the text around its escapes, decoded, joined by line breaks; undefined when
 * there is no escape. A match the raw text lacks but the decoded text has must cover an escape
 * (or see one within a few characters of lookaround), so it lies in one of these parts. Each
 * part starts at a line start, where no escape is ever cut in two.
 */
export function decodedEscapeContext(text: string): string | undefined {
  const parts: string[] = [];
  let start = -1;
  let end = -1;
  ESCAPE_MARK.lastIndex = 0;
  for (let mark = ESCAPE_MARK.exec(text); mark; mark = ESCAPE_MARK.exec(text)) {
    // Inside the current part and its context: nothing to extend.
    if (mark.index + ESCAPE_CONTEXT <= end) continue;
    if (end < 0 || mark.index - ESCAPE_CONTEXT > end) {
      if (end >= 0) parts.push(decodeEscapes(text.slice(start, end)));
      start = text.lastIndexOf('\n', mark.index - ESCAPE_CONTEXT) + 1;
    }
    const lineEnd = text.indexOf('\n', Math.min(text.length, mark.index + ESCAPE_CONTEXT));
    end = lineEnd === -1 ? text.length : lineEnd;
  }
  if (end < 0) return undefined;
  parts.push(decodeEscapes(text.slice(start, end)));
  return parts.join('\n');
}

/**
 * False only when no literal of the script can be reported by config/hardcoded-secret's script
 * hook. `keywords` is the engine's index of the same text (built here when needed and not given).
 */
export function scriptMayHoldSecret(text: string, keywords?: Substrings): boolean {
  const raw: Searchable = { text, substrings: substringsOf(text, keywords) };
  if (holds(ALL_CLUES, raw)) return true;
  // Raw text and cooked values differ only around escapes. secretlint reads the raw text (the
  // first pass covers it); the decoded parts can only add matches to the other clues.
  const decoded = decodedEscapeContext(text);
  return decoded !== undefined && holds(ALL_CLUES, { text: decoded, substrings: substringsOf(decoded) }, raw);
}

/** The secret-name clues alone, for tests: some name in the text could be a secret's name. */
export function mayNameSecret(text: string): boolean {
  return holds(SECRET_NAME_CLUES, { text, substrings: substringsOf(text) });
}

/** The token clues alone, for tests: a provider or secretlint format may occur in the text. */
export function mayHoldProviderToken(text: string): boolean {
  return holds(TOKEN_CLUES, { text, substrings: substringsOf(text) });
}
