// config/hardcoded-secret's prefilter (secrets/textPrefilter.ts) lets a script skip the parse
// when no literal in it can be reported. It must say "may report" wherever the rule reports:
// checked here on each kind of finding, against secretName() over every word secretNames.ts
// knows, against every provider format and every secretlint rule we run — and it must say
// "cannot" for ordinary code, or it is not worth its cost.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile, createPrefilterContext } from '../../../server/src/engine/analyze';
import { hardcodedSecret } from '../../../server/src/engine/rules/config/hardcoded-secret';
import { PROVIDER_FORMATS } from '../../../server/src/engine/secrets/providers';
import { scanProviderTokens } from '../../../server/src/engine/secrets/providerTokens';
import { secretName } from '../../../server/src/engine/secrets/secretNames';
import { decodeEscapes, decodedEscapeContext, mayHoldProviderToken, mayNameSecret, scriptMayHoldSecret } from '../../../server/src/engine/secrets/textPrefilter';
import { memoryWorkspace } from '../../helpers/memoryWorkspace';
import { FAKE, body } from './fakeTokens';

const { facts } = memoryWorkspace();
const withoutPrefilter = { ...hardcodedSecret, scriptKeywords: undefined, scriptMayReport: undefined };

function prefilterSays(code: string, path = '/ws/src/app.ts'): boolean {
  return hardcodedSecret.scriptMayReport!(createPrefilterContext(path, code, facts));
}

async function ruleReports(code: string, path = '/ws/src/app.ts'): Promise<boolean> {
  const { findings } = await analyzeFile(path, code, facts, { rules: [withoutPrefilter] });
  return findings.length > 0;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const URLSAFE = `${ALNUM}-_`;
const base64Url = (text: string): string => Buffer.from(text).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

describe('hardcoded-secret prefilter: every kind of finding may be reported', () => {
  const CASES: Array<[name: string, code: string, path?: string]> = [
    ['a provider token', `const stripe = new Stripe('${FAKE.stripeLive}');\n`],
    ['a GitHub token (also a secretlint format)', `const octokit = new Octokit({ auth: '${FAKE.githubToken}' });\n`],
    ['a token only secretlint knows (Notion)', `const notion = new Client({ auth: 'ntn_${body(11, '0123456789', 70)}${body(35, ALNUM, 71)}' });\n`],
    ['a provider token in a template, after a substitution', `const header = \`\${prefix} ${FAKE.slackBotToken}\`;\n`],
    ['a URL with a password', "const db = new Pool({ connectionString: 'postgres://app:Zx9vQ2mLp7@db.internal:5432/shop' });\n"],
    ['a URL whose user is a substitution and whose password is not', 'const url = `postgres://${user}:Zx9vQ2mLp7@db.internal:5432/shop`;\n'],
    ['a connection string', "const cs = 'Server=db;User Id=app;Password=Zx9vQ2mLp7;';\n"],
    ['a Bearer value', `fetch(url, { headers: { 'X-Upstream': 'Bearer ${FAKE.random32}' } });\n`],
    ['a header line in a command', `execSync('curl -H "Authorization: Bearer ${FAKE.random32}" https://api.internal.net');\n`],
    ['a flag in a command', "spawn('sh', ['-c', 'redis-server --requirepass Zx9vQ2mLp7x']);\n"],
    ['a password', "const password = 'Hunter2!x';\n"],
    ['an API key', `const config = { apiKey: '${FAKE.random32}' };\n`],
    ['an API key in a header name', `headers.set('x-api-key', '${FAKE.random32}');\n`],
    ['a secret', "const secret = 'dev-secret-2024';\n"],
    ['a token', `this.authToken = '${FAKE.random32}';\n`],
    ['credentials', `const credentials = 'svc:Zx9vQ2mLp7!';\n`],
    ['a salt', "const salt = 'x8#kQ2!pZ';\n"],
    ['a password compared to a literal', "if (req.body.password === 'Hunter2!x') grant();\n"],
    ['a password in a glued UPPER name', "const DBPASSWORD = 'Hunter2!x';\n"],
    ['a pass after a qualifier', "const smtpPass = 'Hunter2!x';\n"],
    ['a JWT secret passed to jwt.sign', "const token = jwt.sign({ sub: user.id }, 'kQ8#vT2mXz!');\n"],
    ['an HMAC key', "const mac = crypto.createHmac('sha256', 'kQ8#vT2mXz!').update(body).digest('hex');\n"],
    ['a Sequelize password', "const sequelize = new Sequelize('shop', 'app', 'Zx9vQ2mLp7!', { dialect: 'postgres' });\n"],
    ['a bot token passed to login', `client.login('${FAKE.random32}');\n`],
    ['Koa signing keys', "app.keys = ['kQ8#vT2mXz!', 'Zx9vQ2mLp7!'];\n"],
    ['cookie-session keys', "app.use(cookieSession({ name: 'sess', keys: ['kQ8#vT2mXz!'] }));\n"],
    ['basic-auth users', "app.use(basicAuth({ users: { admin: 'Zx9vQ2mLp7!' } }));\n"],
    ['a getter returning a key', `function getApiKey() { return '${FAKE.random32}'; }\n`],
    ['a setter named for a pass', "mailer.setPass('Hunter2!x');\n"],
    ['a getter named for a pass', "class Db { getPass() { return 'Hunter2!x'; } }\n"],
    ['a JWT secret passed to a JsonWebToken receiver', "const token = JsonWebToken.sign({ sub: user.id }, 'kQ8#vT2mXz!');\n"],
    ['a key in a test file', "const apiKey = 'Zx9vQ2mLp7!abc';\n", '/ws/test/client.test.ts'],
    // Escapes: values and names are cooked before they are judged.
    ['an escaped provider token', `const key = '\\x73k_live_${FAKE.stripeLive.slice('sk_live_'.length)}';\n`],
    ['an escaped name', "const pa\\u0073sword = 'Hunter2!x';\n"],
    ['an escaped URL', "const db = 'postgres:\\/\\/app:Zx9vQ2mLp7@db.internal:5432\\/shop';\n"],
    ['an escaped call name, its receiver plain', `discordClient.\\u006cogin('${FAKE.random32}');\n`],
    ['an escaped property name, its container plain', "app.use(cookieSession({ name: 'sess', ke\\u0079s: ['kQ8#vT2mXz!'] }));\n"],
    ['a Bearer value after an escaped blank', `const header = 'Bearer\\t${FAKE.random32}';\n`],
    ['a percent-encoded query parameter name', `const url = 'https://api.internal.net/v1/items?api%5Fkey=${FAKE.random32}';\n`],
  ];
  for (const [name, code, path] of CASES) {
    it(name, async () => {
      assert.ok(await ruleReports(code, path), 'the rule reports here (else the case proves nothing)');
      assert.equal(prefilterSays(code, path), true);
    });
  }
});

describe('hardcoded-secret prefilter: ordinary code is ruled out', () => {
  const CASES: Array<[name: string, code: string]> = [
    ['validation messages', "if (!input.id) throw new ValidationError('order id is required');\nconst reason = 'not-found';\n"],
    ['cache keys and Object.keys', 'const cacheKey = `user:${id}`;\nfor (const name of Object.keys(row)) cache.set(cacheKey, row[name]);\nconst keys = new Set<string>();\n'],
    ['words that contain secret-ish words', "const monkey = 'banana';\nconst passport = require('passport');\nconst author = { name: 'Tolkien' };\nconst tokenizer = new Tokenizer();\nbypass(compass);\n"],
    ['names whose head is another word', 'import { AuthModule } from \'./auth.module\';\nimport { AuthService } from "./auth.service";\nconst passwordHash = await bcrypt.hash(input, 12);\nclass TokenExpiredError extends Error {}\n'],
    ['prose in comments', '// Pass the request on and keep the token in mind: the secret is that there is none.\nexport const handler = (req, res, next) => next();\n'],
    ['URLs without userinfo, shell-ish strings', "const API_URL = 'https://api.internal.net/v1';\nconst queue = 'task-queue';\nconst cwd = process.cwd();\nconst cmd = 'ls --color -la';\n"],
    ['decorators and e-mail addresses', "@Injectable()\nexport class Mailer { from = 'ops@acme.io'; }\n"],
    ['regular expressions full of escapes', 'const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;\nconst DATE = /\\d{4}-\\d{2}-\\d{2}/;\nconst line = \'a\\nb\';\n'],
  ];
  for (const [name, code] of CASES) {
    it(name, async () => {
      assert.equal(prefilterSays(code), false);
      assert.equal(await ruleReports(code), false);
    });
  }
});

describe('secret names: the prefilter knows every word secretName knows', () => {
  // Every word the lists of secretNames.ts spell out, and a few common others.
  const source = readFileSync(join(__dirname, '..', '..', '..', 'server', 'src', 'engine', 'secrets', 'secretNames.ts'), 'utf8');
  const vocabulary = [...new Set([...source.matchAll(/'([a-z0-9]+)'/g)].map((match) => match[1]!))];
  const extra = ['my', 'stripe', 'error', 'hash', 'id', 'url', 'field', 'name', 'type', '2'];
  const words = [...vocabulary, ...extra];
  const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
  /** The name written in each style a codebase uses, with the text that gives it a literal. */
  const spelt = (parts: readonly string[]): string[] => {
    const camel = parts[0]! + parts.slice(1).map(capitalise).join('');
    return [
      `const ${camel} = v;`,
      `const ${parts.map(capitalise).join('')} = v;`,
      `const ${parts.join('_')} = v;`,
      `const ${parts.join('_').toUpperCase()} = v;`,
      `const ${parts.join('')} = v;`,
      `const ${parts.join('').toUpperCase()} = v;`,
      `const ${parts[0]!.toUpperCase()}${parts.slice(1).map(capitalise).join('')} = v;`,
      `headers.set('${parts.join('-')}', v);`,
      `headers.set('${parts.map(capitalise).join('-')}', v);`,
      `headers.set('${parts.map(capitalise).join(' ')}', v);`,
      `x = { '${parts.join('.')}': v };`,
      `if (v === this.${camel}) {}`,
    ];
  };

  it('for one- and two-word names', () => {
    let secretNames = 0;
    for (const first of words) {
      for (const parts of [[first], ...words.map((second) => [first, second])]) {
        if (!secretName(parts.join('_'))) continue;
        for (const text of spelt(parts)) {
          const name = /const (\w+)|'([^']+)'|this\.(\w+)/.exec(text)!.slice(1).find((group) => group !== undefined)!;
          if (secretName(name)) assert.ok(mayNameSecret(text), `${name} is a secret's name, in: ${text}`);
        }
        secretNames++;
      }
    }
    assert.ok(secretNames > 1000, `${secretNames} secret names tried`);
  });

  it('for three-word names (a sample)', () => {
    let seed = 7;
    const pick = (): string => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return words[(seed >>> 8) % words.length]!;
    };
    for (let i = 0; i < 30_000; i++) {
      const parts = [pick(), pick(), pick()];
      for (const text of spelt(parts)) {
        const name = /const (\w+)|'([^']+)'|this\.(\w+)/.exec(text)!.slice(1).find((group) => group !== undefined)!;
        if (secretName(name)) assert.ok(mayNameSecret(text), `${name} is a secret's name, in: ${text}`);
      }
    }
  });

  it('reads names as secretName does, not every word that contains a secret word', () => {
    for (const text of ['const passwordHash = h;', 'class AuthError {}', "import x from './auth.service';", 'const tokenType = t;', 'const TOKEN_TTL = 1;', 'const monkey = m;', 'const cacheKey = k;', 'Object.keys(o);', 'onPass();', 'const publicKeyId = k;']) {
      assert.equal(mayNameSecret(text), false, text);
    }
  });
});

describe('provider tokens: every format of providers.ts and every secretlint rule we run', () => {
  /** A token of each format, built from pieces so that no complete token sits in the repository. */
  const SAMPLES: Readonly<Record<string, string>> = {
    'pem-private-key': FAKE.pemPrivateKey,
    'aws-access-key-id': FAKE.awsAccessKeyId,
    'github-token': FAKE.githubToken,
    'github-fine-grained-token': FAKE.githubFineGrained,
    'gitlab-token': FAKE.gitlabToken,
    'slack-token': FAKE.slackBotToken,
    'slack-webhook': FAKE.slackWebhook,
    'stripe-live-key': FAKE.stripeLive,
    'stripe-webhook-secret': FAKE.stripeWebhook,
    'google-api-key': FAKE.googleApiKey,
    'google-oauth-client-secret': `GOCSPX-${body(28, URLSAFE, 50)}`,
    'twilio-account-sid': FAKE.twilioAccountSid,
    'twilio-api-key': FAKE.twilioApiKey,
    'sendgrid-api-key': FAKE.sendgrid,
    'npm-token': FAKE.npmToken,
    'anthropic-api-key': FAKE.anthropic,
    'openai-project-key': FAKE.openaiProject,
    'openai-api-key': FAKE.openaiLegacy,
    'sentry-dsn': FAKE.sentryDsn,
    jwt: FAKE.jwt,
    'mapbox-secret-token': `sk.${base64Url('{"u":"acme","a":"ckx1"}')}.${body(22, URLSAFE, 51)}`,
    'mailgun-api-key': FAKE.mailgun,
    'mailchimp-api-key': `${body(32, HEX, 52)}-us6`,
    'discord-webhook': FAKE.discordWebhook,
    'discord-bot-token': `${base64Url('123456789012345678')}.${body(6, URLSAFE, 53)}.${body(27, URLSAFE, 54)}`,
    'telegram-bot-token': FAKE.telegramBot,
    'azure-storage-key': `AccountKey=${body(86, `${ALNUM}+/`, 55)}==`,
    'digitalocean-token': `dop_v1_${body(64, HEX, 56)}`,
    'hashicorp-vault-token': `hvs.${body(95, URLSAFE, 57)}`,
    'huggingface-token': `hf_${body(34, ALNUM.slice(0, 52), 58)}`,
    'shopify-token': `shpat_${body(32, HEX, 59)}`,
    'square-token': `sq0atp-${body(22, URLSAFE, 60)}`,
    'pypi-token': `pypi-AgEIcHlwaS5vcmc${body(60, URLSAFE, 61)}`,
    'postman-api-key': `PMAK-${body(24, HEX, 62)}-${body(34, HEX, 63)}`,
    'linear-api-key': `lin_api_${body(40, ALNUM, 64)}`,
    'groq-api-key': `gsk_${body(52, ALNUM, 65)}`,
    'replicate-token': `r8_${body(37, ALNUM, 66)}`,
    'databricks-token': `dapi${body(32, HEX, 67)}`,
    'firebase-server-key': `AAAA${body(7, URLSAFE, 68)}:APA91b${body(140, URLSAFE, 69)}`,
    'age-secret-key': `AGE-SECRET-KEY-1${body(58, 'ACDEFGHJKLMNPQRSTUVWXYZ023456789', 72)}`,
  };

  it('has a sample of each format, and the format matches it', () => {
    for (const format of PROVIDER_FORMATS) {
      const sample = SAMPLES[format.id];
      assert.ok(sample, `no sample for ${format.id}: add one here and make sure the prefilter knows the format`);
      assert.match(sample, format.pattern, format.id);
    }
  });

  for (const format of PROVIDER_FORMATS) {
    it(`knows ${format.id}, in a literal or inside a longer one`, () => {
      const sample = SAMPLES[format.id]!;
      assert.ok(mayHoldProviderToken(`const value = '${sample}';\n`));
      assert.ok(mayHoldProviderToken(`const value = \`Authorization: token ${sample} \`;\n`));
    });
  }

  /** A token for each secretlint rule of the recommended preset, as providerTokens.ts runs it. */
  const SECRETLINT_SAMPLES: Readonly<Record<string, string>> = {
    '@secretlint/secretlint-rule-aws': `aws_secret_access_key = "${FAKE.awsSecretAccessKey}"`,
    // secretlint wants a DER body (base64 `MI…`).
    '@secretlint/secretlint-rule-privatekey': ['-----BEGIN RSA ', 'PRIVATE KEY-----\nMIIE', body(60, `${ALNUM}+/`, 79), '\n', body(64, `${ALNUM}+/`, 78), '\n-----END RSA ', 'PRIVATE KEY-----'].join(''),
    '@secretlint/secretlint-rule-npm': FAKE.npmToken,
    '@secretlint/secretlint-rule-slack': FAKE.slackBotToken,
    '@secretlint/secretlint-rule-openai': FAKE.openaiProject,
    '@secretlint/secretlint-rule-anthropic': FAKE.anthropic,
    '@secretlint/secretlint-rule-groq': `gsk_${body(52, ALNUM, 80)}`,
    '@secretlint/secretlint-rule-huggingface': `hf_${body(34, ALNUM.slice(0, 52), 81)}`,
    '@secretlint/secretlint-rule-linear': `lin_api_${body(40, ALNUM, 82)}`,
    '@secretlint/secretlint-rule-notion': `ntn_${body(11, '0123456789', 83)}${body(35, ALNUM, 84)}`,
    '@secretlint/secretlint-rule-sendgrid': FAKE.sendgrid,
    '@secretlint/secretlint-rule-shopify': `shpat_${body(32, ALNUM, 85)}`,
    '@secretlint/secretlint-rule-github': FAKE.githubToken,
    '@secretlint/secretlint-rule-gitlab': FAKE.gitlabToken,
    '@secretlint/secretlint-rule-grafana': `glsa_${body(32, ALNUM, 86)}_${body(8, HEX, 87)}`,
    '@secretlint/secretlint-rule-1password': `ops_${base64Url(`{"signInAddress":"acme.1password.com","userAuth":{"method":"SRPg-4096","alg":"PBES2g-HS256","iterations":650000,"salt":"${body(22, ALNUM, 88)}"},"email":"svc@acme.io","srpX":"${body(64, HEX, 89)}"}`)}`,
    '@secretlint/secretlint-rule-hashicorp-vault': `hvs.${body(95, URLSAFE, 90)}`,
    '@secretlint/secretlint-rule-vercel': `vcp_${body(40, ALNUM, 91)}`,
    '@secretlint/secretlint-rule-databricks': `dapi${body(32, HEX, 92)}`,
    '@secretlint/secretlint-rule-docker': `dckr_pat_${body(27, URLSAFE, 93)}`,
    '@secretlint/secretlint-rule-figma': `figd_${body(40, URLSAFE, 94)}`,
  };
  /** Off in providerTokens.ts (DISABLED_RULES), and a filter that reports nothing itself. */
  const NOT_RUN = ['@secretlint/secretlint-rule-basicauth', '@secretlint/secretlint-rule-database-connection-string', '@secretlint/secretlint-rule-gcp', '@secretlint/secretlint-rule-filter-comments'];

  it('has a sample of each secretlint rule we run', async () => {
    const preset = (await import('@secretlint/secretlint-rule-preset-recommend')) as unknown as { rules: ReadonlyArray<{ meta: { id: string } }> };
    const ids = preset.rules.map((rule) => rule.meta.id).filter((id) => !NOT_RUN.includes(id));
    assert.deepEqual(ids.filter((id) => !SECRETLINT_SAMPLES[id]), [], 'add a sample here and make sure the prefilter knows the format');
  });

  for (const [ruleId, sample] of Object.entries(SECRETLINT_SAMPLES)) {
    it(`knows what ${ruleId.replace('@secretlint/secretlint-rule-', '')} reports`, async () => {
      const text = `const value = \`${sample}\`;\n`;
      const matches = await scanProviderTokens(text, 'app.ts');
      assert.ok(matches.some((match) => match.source === ruleId), `secretlint reports the sample (${JSON.stringify(matches)})`);
      assert.ok(mayHoldProviderToken(text));
    });
  }
});

describe('escapes', () => {
  it('decodes as the scanner cooks literals, pairs of backslashes included', () => {
    assert.equal(decodeEscapes("'\\x73k_\\u006cive_\\u{61}'"), "'sk_live_a'");
    assert.equal(decodeEscapes("'a\\\\x41\\n\\t\\'\\q'"), "'a\\x41\n\t'q'");
    assert.equal(decodeEscapes("'line\\\ncontinued'"), "'linecontinued'");
    assert.equal(decodeEscapes("'\\101\\0'"), "'A\0'");
    assert.equal(decodeEscapes('?api%5Fkey=1'), '?api_key=1');
  });

  it('keeps whole lines around each escape, and leaves out the rest', () => {
    const far = 'const filler = 1;\n'.repeat(40);
    const text = `${far}const key = '\\x73k_live';\n${far}`;
    const context = decodedEscapeContext(text)!;
    assert.ok(context.includes("const key = 'sk_live';"));
    assert.ok(context.length < text.length / 2);
    assert.equal(decodedEscapeContext("const quote = 'it\\'s';\nconst slash = '\\\\';\n"), undefined, 'escaped quotes and backslashes change nothing a clue reads');
  });

  it('finds what only the cooked text holds', () => {
    assert.equal(scriptMayHoldSecret(`const k = 'sk_\\x6Cive_${body(24, ALNUM, 95)}';\n`), true);
    assert.equal(scriptMayHoldSecret(`const k = 'sk_live_${body(24, ALNUM, 95)}';\n`.replace('sk_live', 'sk_lxve')), false);
  });
});
