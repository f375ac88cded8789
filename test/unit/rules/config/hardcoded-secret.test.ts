import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTester } from '../../../helpers/ruleTester';
import { memoryWorkspace } from '../../../helpers/memoryWorkspace';
import { analyzeFile } from '../../../../server/src/engine/analyze';
import { hardcodedSecret } from '../../../../server/src/engine/rules/config/hardcoded-secret';
import { FAKE, body } from '../../secrets/fakeTokens';

/** A message that names the kind but never holds the value in full. */
function masked(value: string, kind?: RegExp): RegExp {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^(?![\\s\\S]*${escaped})${kind ? `[\\s\\S]*${kind.source}` : ''}[\\s\\S]*$`);
}

const b64 = (text: string): string => Buffer.from(text).toString('base64');
const R = FAKE.random32;

ruleTester(hardcodedSecret, {
  valid: [
    // Names that contain secret words but are not secrets.
    { code: "const PASSWORD_MIN_LENGTH = 8;\nconst opts = { usernameField: 'email', passwordField: 'password' };\n" },
    { code: 'export const Login = () => <input type="password" name="password" autoComplete="current-password" placeholder="Password" />;\n', filename: 'src/Login.tsx' },
    { code: "const TOKEN_KEY = 'auth_token';\nlocalStorage.setItem(TOKEN_KEY, token);\nconst AUTH_TOKEN = 'auth-token';\n" },
    { code: "export const ACCESS_TOKEN = 'access_token';\nexport const REFRESH_TOKEN = 'refreshToken';\n" },
    { code: "const tokenizer = new Tokenizer('bert-base-uncased');\nconst req = { model: 'gpt-4o', max_tokens: 100, maxTokens: '4096' };\n" },
    { code: "const secretary = 'Jane Doe';\nconst authorName = 'Tolkien';\nconst authUrl = 'https://auth.internal.net/authorize';\n" },
    { code: "const tokenType = 'Bearer';\nconst authStrategy = 'jwt';\nconst AUTH_HEADER = 'Authorization';\nconst SESSION_COOKIE = 'connect.sid';\n" },
    { code: "const csrfToken = 'abc123def456ghi';\nconst nextPageToken = 'CAoQAAxyz123';\nconst cacheKey = 'user:profile:v2';\n" },
    // Messages, labels, i18n.
    { code: "throw new Error('Invalid password');\nres.status(401).json({ message: 'Invalid token' });\n" },
    { code: "const en = { password: 'Password', forgotPassword: 'Forgot your password?', apiKey: 'API key', token: 'Token' };\n" },
    { code: "const de = { password: 'Passwort', secret: 'Geheimnis' };\nconst es = { password: 'Contraseña' };\nconst ja = { password: 'パスワード' };\n" },
    { code: "const t = i18n.t('auth.password.required');\nconst msg = { password: 'auth.errors.password' };\n" },
    { code: "export default { password: 'Mot de passe', passwordHint: 'At least 8 characters' };\n", filename: 'src/locales/fr.ts' },
    { code: "password: Password\npassword_confirmation: Password confirmation\ntoken: Token\n", filename: 'config/locales/en.yml' },
    // Form fields, schemas, validation.
    { code: "const UserSchema = new Schema({ password: { type: String, required: true, select: false } });\nUser.find().select('-password');\n" },
    { code: "const fields = [{ name: 'password', type: 'password', label: 'Password' }];\nconst p = { password: 'string', token: 'string' };\n" },
    { code: "const rules = { password: 'required|min:8|confirmed' };\nconst schema = z.string().min(8, 'Password must be at least 8 characters');\n" },
    { code: "const PASSWORD_REGEX = '^(?=.*[A-Z])(?=.*\\\\d).{8,}$';\n" },
    { code: "type Credentials = { password: 'hunter2'; token: 'abc-123-xyz' };\n" },
    { code: "export enum GrantType { Password = 'password', RefreshToken = 'refresh_token', ClientCredentials = 'client_credentials' }\n" },
    // Values from the environment.
    { code: "const password = process.env.DB_PASSWORD;\nconst secret = config.get('jwt.secret');\nconst key = import.meta.env.VITE_API_KEY;\n" },
    { code: "const token = jwt.sign({ id }, process.env.JWT_SECRET, { expiresIn: '1h', algorithm: 'HS256' });\n" },
    { code: "const apiKey = req.headers['x-api-key'];\nconst h = { Authorization: `Bearer ${token}` };\n" },
    // A generic (non-provider) hardcoded fallback of an env read is config/secret-fallback's
    // finding, not this rule's. (A provider-format fallback is reported by both: see invalid.)
    { code: "const secret = process.env.JWT_SECRET || 'dev-secret-2024';\nconst { SESSION_SECRET = 's3ss10n' } = process.env;\n" },
    { code: "process.env.JWT_SECRET ??= 'jwt-s3cret-dev';\nconst apiKey = process.env.API_KEY ?? 'Zq8rLmN4vT9xK1pW7sYb';\n" },
    // A Stripe test-mode key is not a catalog provider format: as a fallback it stays secret-fallback's.
    { code: `const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '${FAKE.stripeTest}');\n` },
    // Stripe test-mode keys are not a catalog provider format: with no secret-named target, not reported.
    { code: `const stripe = require('stripe')('${FAKE.stripeTest}');\n` },
    // Env var names, paths, references.
    { code: "const TOKEN_ENV = 'GITHUB_TOKEN';\nconst required = ['DATABASE_PASSWORD', 'JWT_SECRET'];\n" },
    { code: "const privateKeyPath = './keys/private.pem';\nconst tls = { key: fs.readFileSync('certs/server.key') };\nconst secretFile = '/run/secrets/db_password';\n" },
    { code: "const secretName = 'prod/db/credentials';\nconst secretId = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db';\n" },
    // Placeholders.
    { code: "const secret = 'changeme';\nconst apiKey = 'your-api-key-here';\nconst token = '<your-token>';\nconst password = 'xxx';\nconst pass = '********';\n" },
    { code: "const config = { apiKey: 'YOUR_API_KEY_HERE', secret: '${JWT_SECRET}', token: '{{ token }}', password: '' };\n" },
    { code: `const k = 'sk_live_${'x'.repeat(24)}';\nconst id = 'AKIA${'IOSFODNN7EXAMPLE'}';\nconst gh = 'ghp_${'X'.repeat(36)}';\n` },
    { code: "const token = 'test-token';\nconst password = 'demo';\nconst apiKey = 'abc123';\n" },
    // URLs without (real) credentials.
    { code: "const API_URL = 'https://api.internal.net/v1';\nconst r = 'redis://localhost:6379';\nmongoose.connect('mongodb://localhost:27017/app');\n" },
    { code: "const a = 'postgres://user:password@localhost:5432/db';\nconst b = 'postgres://postgres:postgres@localhost:5432/test';\nconst c = 'amqp://guest:guest@localhost:5672';\n" },
    { code: 'const url = `postgres://${user}:${password}@${host}/${db}`;\nconst other = `mysql://app:${process.env.DB_PASSWORD}@db/app`;\n' },
    // Hashes, UUIDs, CSS in non-secret names.
    { code: "const requestId = '550e8400-e29b-41d4-a716-446655440000';\nconst commit = 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3';\n" },
    { code: "const adminPassword = '$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy';\n" },
    { code: "const dep = { integrity: 'sha512-v2kDEe57lecTulaDIuNTPy3Ry4gLGJ6Z1O3vE1krgXZNrsQ+LFTGHVxVjcXPs1Sa3x9pZuJ4UnCzbFABaMJstw==' };\n" },
    { code: "const passwordInput = 'form-control password-input';\nconst html = `<input type=\"password\" name=\"password\">`;\n" },
    { code: "const STRIPE_PUBLISHABLE_KEY = 'pk_live_51HxQ2aKj3Lm9PqRsTuVwXyZ';\nconst publicKey = '-----BEGIN PUBLIC KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\\n-----END PUBLIC KEY-----';\n" },
    { code: `const sample = '${'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'}';\nconst empty = '${FAKE.jwtEmptyPayload}';\n` },
    { code: "const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);\nfetch(url, { credentials: 'include' });\n" },
    // Test files: obvious stand-ins are not findings at all.
    { code: "const user = { email: 'a@b.io', password: 'test1234' };\n", filename: 'src/user.test.ts' },
    // Suppression.
    { code: "// twelve-factor-disable-next-line config/hardcoded-secret\nconst dbPassword = 'hunter2';\n" },
    // YAML.
    { code: 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n      POSTGRES_USER: postgres\n      MYSQL_ALLOW_EMPTY_PASSWORD: "yes"\n      POSTGRES_HOST_AUTH_METHOD: trust\n', filename: 'docker-compose.yml' },
    { code: 'services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD=${DB_PASSWORD:-}\n      - POSTGRES_PASSWORD_FILE=/run/secrets/db\n', filename: 'docker-compose.yml' },
    { code: 'permissions:\n  id-token: write\njobs:\n  b:\n    env:\n      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n    secrets: inherit\n', filename: '.github/workflows/ci.yml' },
    { code: 'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db\n        key: password\n', filename: 'k8s/deploy.yaml' },
    { code: 'jobs:\n  b:\n    steps:\n      - run: npm publish --token ${{ secrets.NPM_TOKEN }}\n      - run: mysql --password=$DB_PASSWORD\n      - run: mkdir -p dist\n', filename: '.github/workflows/release.yml' },
    { code: 'lockfileVersion: 9.0\npackages:\n  /a@1.0.0:\n    resolution: {integrity: sha512-v2kDEe57lecTulaDIuNTPy3Ry4gLGJ6Z1O3vE1krgXZNrsQ}\n', filename: 'pnpm-lock.yaml' },
    { code: '{\n  "password": "Password",\n  "api_key": "API_KEY"\n}\n', filename: 'config/labels.json' },
    { code: "mapboxgl.accessToken = 'pk.eyJ1IjoiYWNtZSIsImEiOiJja2x4eXoxMjMwMDB4MnBxbXN4In0.Rk3mQ9xLp2VbT7nW4sZy8a';\n" },
    { code: "module.exports = { jwtSecret: 'r4nd0m-l0ng-str1ng', db: { password: 'Pa55word!' } };\n", filename: 'config.example.js' },
    { code: "const env = cleanEnv(process.env, { JWT_SECRET: str({ devDefault: 'dev-only-s3cret' }) });\n" },
    { code: "const s = 'Authorization: Bearer ${TOKEN}';\nconst msg = 'Password: must contain at least twelve characters';\n" },
    { code: 'auth:\n  existingSecret: my-secret\n  password: ""\nredis:\n  password: redispassword\n', filename: 'charts/api/values.yaml' },
    { code: 'components:\n  schemas:\n    Login:\n      properties:\n        password:\n          type: string\n          example: S3cr3tP@ss\n', filename: 'openapi.yaml' },
    // A Bitnami SealedSecret holds ciphertext only the cluster can decrypt, made to be committed
    // (corpus 3: platform-infra/k8s/sealed-secret.yaml); also its legacy single `spec.data` blob.
    { code: 'apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: platform-stripe\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq0Ag8jv7sOFG0lJZxP4gMx2L6F7qvTqP0bKcG5Q9PfWm2GpN8rYv5sLx3Ue1HnA7t\n    DB_PASSWORD: AgC9xQ2mZr7Lw4Tn8Kp1Vb6Yh3Jd0Fs5Gu2Ei7Oa4Rc9Wt1Xz6Nq8My3Lb5Kv0Pj2Hd7Sg4Fe1Ua6Ci9Br3Tn5Ym8Ql0\n  template:\n    metadata:\n      name: platform-stripe\n', filename: 'k8s/sealed-secret.yaml' },
    { code: 'apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: legacy\nspec:\n  data: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq0Ag8jv7sOFG0lJZxP4gMx2L6F7qvTqP0bKcG5Q9PfWm2GpN8rYv5sLx3Ue1HnA7t\n', filename: 'k8s/legacy-sealed.yaml' },
    // An external-secrets.io ExternalSecret names a store and remote keys, never values.
    { code: 'apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: payments-db\nspec:\n  refreshInterval: 1h\n  secretStoreRef:\n    name: aws-secrets-manager\n    kind: ClusterSecretStore\n  target:\n    name: payments-db-credentials\n    template:\n      data:\n        DATABASE_URL: "postgres://{{ .username }}:{{ .password }}@payments-db:5432/payments"\n  data:\n    - secretKey: DB_PASSWORD\n      remoteRef:\n        key: prod/payments/db\n        property: password\n    - secretKey: stripe-secret-key\n      remoteRef:\n        key: prod/payments/stripe\n  dataFrom:\n    - extract:\n        key: prod/payments/api-token\n', filename: 'k8s/external-secret.yaml' },
    { code: 'services:\n  db:\n    environment:\n      # twelve-factor-disable-next-line config/hardcoded-secret\n      POSTGRES_PASSWORD: local-dev-pw-1\n', filename: 'docker-compose.yml' },
  ],
  invalid: [
    // (a) provider formats
    {
      name: 'Stripe live key passed to the SDK',
      code: `const stripe = new Stripe('${FAKE.stripeLive}');\n`,
      errors: [{ text: `'${FAKE.stripeLive}'`, range: [0, 26, 0, 26 + FAKE.stripeLive.length + 2], severity: 'error', message: masked(FAKE.stripeLive, /Stripe live secret key \(sk_live_/) }],
      output: 'const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\n',
      outputFiles: { '.env.example': 'STRIPE_SECRET_KEY=\n' },
    },
    {
      name: 'Stripe key on a descriptive name: the name wins (stripeApiKey → STRIPE_API_KEY)',
      code: `const stripeApiKey = '${FAKE.stripeShortLive}';\n`,
      errors: [{ text: `'${FAKE.stripeShortLive}'` }],
      output: 'const stripeApiKey = process.env.STRIPE_API_KEY;\n',
      outputFiles: { '.env.example': 'STRIPE_API_KEY=\n' },
    },
    {
      name: 'Stripe test-mode key on a secret-named target: reported as a credential, warning at most',
      code: `const STRIPE_SECRET_KEY = '${FAKE.stripeTest}';\n`,
      errors: [{ text: `'${FAKE.stripeTest}'`, severity: 'warning', message: /Stripe test-mode key/ }],
    },
    {
      name: 'Stripe test-mode key in a test file: information',
      code: `process.env.STRIPE_SECRET_KEY = '${FAKE.stripeTest}';\n`,
      filename: 'test/webhooks.test.ts',
      errors: [{ text: `'${FAKE.stripeTest}'`, severity: 'information' }],
    },
    {
      name: 'Stripe restricted key and webhook secret',
      code: `const restricted = '${FAKE.stripeRestricted}';\nconst endpointSecret = '${FAKE.stripeWebhook}';\n`,
      errors: [{ text: `'${FAKE.stripeRestricted}'` }, { text: `'${FAKE.stripeWebhook}'`, message: /webhook signing secret/ }],
    },
    {
      name: 'AWS access key id and secret access key',
      code: `const s3 = new S3Client({ credentials: { accessKeyId: '${FAKE.awsAccessKeyId}', secretAccessKey: '${FAKE.awsSecretAccessKey}' } });\n`,
      errors: [{ text: `'${FAKE.awsAccessKeyId}'`, message: /AWS access key ID/ }, { text: `'${FAKE.awsSecretAccessKey}'`, message: masked(FAKE.awsSecretAccessKey, /secretAccessKey/) }],
      output: `const s3 = new S3Client({ credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: '${FAKE.awsSecretAccessKey}' } });\n`,
    },
    {
      name: 'GitHub token as Octokit auth',
      code: `const octokit = new Octokit({ auth: '${FAKE.githubToken}' });\n`,
      errors: [{ text: `'${FAKE.githubToken}'`, message: /GitHub token/ }],
      output: 'const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });\n',
    },
    { name: 'GitHub fine-grained token', code: `const token = '${FAKE.githubFineGrained}';\n`, errors: [{ text: `'${FAKE.githubFineGrained}'`, message: /fine-grained/ }] },
    { name: 'GitLab token', code: `const gitlab = new Gitlab({ token: '${FAKE.gitlabToken}' });\n`, errors: [{ text: `'${FAKE.gitlabToken}'`, message: /GitLab/ }], output: 'const gitlab = new Gitlab({ token: process.env.GITLAB_TOKEN });\n' },
    { name: 'Slack bot token', code: `const slack = new WebClient('${FAKE.slackBotToken}');\n`, errors: [{ text: `'${FAKE.slackBotToken}'`, message: /Slack token/ }] },
    { name: 'Slack webhook URL', code: `await fetch('${FAKE.slackWebhook}', { method: 'POST' });\n`, errors: [{ text: `'${FAKE.slackWebhook}'`, message: /Slack webhook URL/ }], output: "await fetch(process.env.SLACK_WEBHOOK_URL, { method: 'POST' });\n" },
    { name: 'Google API key', code: `const firebaseConfig = { apiKey: '${FAKE.googleApiKey}', authDomain: 'x.firebaseapp.com' };\n`, errors: [{ text: `'${FAKE.googleApiKey}'`, message: /Google API key/ }] },
    {
      name: 'Twilio account SID and auth token passed positionally',
      code: `const client = twilio('${FAKE.twilioAccountSid}', '${FAKE.twilioAuthToken}');\n`,
      errors: [{ text: `'${FAKE.twilioAccountSid}'`, message: /Twilio account SID/ }, { text: `'${FAKE.twilioAuthToken}'`, message: /twilioAuthToken/ }],
      output: `const client = twilio(process.env.TWILIO_ACCOUNT_SID, '${FAKE.twilioAuthToken}');\n`,
    },
    { name: 'Twilio API key', code: `const apiKeySid = '${FAKE.twilioApiKey}';\n`, errors: [{ text: `'${FAKE.twilioApiKey}'`, message: /Twilio API key/ }] },
    { name: 'SendGrid API key', code: `sgMail.setApiKey('${FAKE.sendgrid}');\n`, errors: [{ text: `'${FAKE.sendgrid}'`, message: /SendGrid/ }], output: 'sgMail.setApiKey(process.env.SENDGRID_API_KEY);\n' },
    { name: 'npm token', code: `const NPM_TOKEN = '${FAKE.npmToken}';\n`, errors: [{ text: `'${FAKE.npmToken}'`, message: /npm access token/ }], output: 'const NPM_TOKEN = process.env.NPM_TOKEN;\n' },
    { name: 'OpenAI project key', code: `const openai = new OpenAI({ apiKey: '${FAKE.openaiProject}' });\n`, errors: [{ text: `'${FAKE.openaiProject}'`, message: /OpenAI API key/ }], output: 'const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n' },
    { name: 'OpenAI legacy key', code: `const k = '${FAKE.openaiLegacy}';\n`, errors: [{ text: `'${FAKE.openaiLegacy}'` }], output: 'const k = process.env.OPENAI_API_KEY;\n' },
    { name: 'Anthropic key', code: `const anthropic = new Anthropic({ apiKey: '${FAKE.anthropic}' });\n`, errors: [{ text: `'${FAKE.anthropic}'`, message: /Anthropic/ }], output: 'const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });\n' },
    { name: 'Sentry DSN', code: `Sentry.init({ dsn: '${FAKE.sentryDsn}' });\n`, errors: [{ text: `'${FAKE.sentryDsn}'`, message: /Sentry DSN/ }], output: 'Sentry.init({ dsn: process.env.SENTRY_DSN });\n' },
    { name: 'JWT with a real payload', code: `const serviceToken = '${FAKE.jwt}';\n`, errors: [{ text: `'${FAKE.jwt}'`, message: /JSON Web Token/ }], output: 'const serviceToken = process.env.SERVICE_TOKEN;\n' },
    {
      name: 'PEM private key in a template literal spanning lines',
      code: `const privateKey = \`${FAKE.pemPrivateKey}\`;\n`,
      errors: [{ text: `\`${FAKE.pemPrivateKey}\``, range: [0, 19, 6, 30], message: /private key \(PEM\)/ }],
      output: 'const privateKey = process.env.PRIVATE_KEY;\n',
    },
    { name: 'Discord webhook and Telegram bot token', code: `const hook = '${FAKE.discordWebhook}';\nconst bot = new Telegraf('${FAKE.telegramBot}');\n`, errors: [{ text: `'${FAKE.discordWebhook}'` }, { text: `'${FAKE.telegramBot}'`, message: /Telegram/ }] },
    { name: 'Mailgun key', code: `const mg = mailgun.client({ username: 'api', key: '${FAKE.mailgun}' });\n`, errors: [{ text: `'${FAKE.mailgun}'`, message: /Mailgun/ }] },
    // A provider-format key as the fallback of a secret-named read: config/secret-fallback
    // reports it too, but it is a leaked key all the same (catalog (a): any literal).
    {
      name: 'a live Stripe key as the ?? fallback of a secret-named read',
      code: `const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '${FAKE.stripeLive}');\n`,
      errors: [{ text: `'${FAKE.stripeLive}'`, message: /^Hardcoded Stripe live secret key \(sk_live_[^)]*\) as the fallback of process\.env\.STRIPE_SECRET_KEY: .*Rotate the key/, severity: 'error' }],
    },
    {
      name: 'provider keys as ||, ?: and destructuring fallbacks',
      code: `const key = process.env.STRIPE_SECRET_KEY || '${FAKE.stripeLive}';\nconst gh = process.env.GITHUB_TOKEN ? process.env.GITHUB_TOKEN : '${FAKE.githubToken}';\nconst { OPENAI_API_KEY = '${FAKE.openaiProject}' } = process.env;\n`,
      errors: [{ text: `'${FAKE.stripeLive}'`, message: masked(FAKE.stripeLive, /Stripe/) }, { text: `'${FAKE.githubToken}'`, message: /GitHub token/ }, { text: `'${FAKE.openaiProject}'`, message: /OpenAI API key/ }],
    },
    {
      name: 'a provider-format fallback in a test file keeps its severity',
      filename: 'test/payments.test.ts',
      code: `const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '${FAKE.stripeLive}');\n`,
      errors: [{ text: `'${FAKE.stripeLive}'`, severity: 'error' }],
    },
    { name: 'a provider token in the fallback of a non-secret-named read', code: `const stripe = new Stripe(process.env.STRIPE || '${FAKE.stripeLive}');\n`, errors: [{ text: `'${FAKE.stripeLive}'` }] },

    // (b) credential-looking literals assigned to secret-named targets
    {
      name: 'variable',
      code: "const dbPassword = 'hunter2';\n",
      errors: [{ range: [0, 19, 0, 28], text: "'hunter2'", message: masked('hunter2', /password \(hu…\) assigned to 'dbPassword'/) }],
      output: 'const dbPassword = process.env.DB_PASSWORD;\n',
      outputFiles: { '.env.example': 'DB_PASSWORD=\n' },
    },
    {
      name: 'the second fix keeps the value in the git-ignored .env',
      code: "const dbPassword = 'hunter2';\n",
      errors: [{ text: "'hunter2'" }],
      fixIndex: 1,
      output: 'const dbPassword = process.env.DB_PASSWORD;\n',
      outputFiles: { '.env.example': 'DB_PASSWORD=\n', '.env': 'DB_PASSWORD=hunter2\n' },
    },
    {
      name: 'the second fix adds .env to .gitignore first when git does not ignore it',
      code: "const dbPassword = 'hunter2';\n",
      files: { '.gitignore': 'node_modules/\n', '.env.example': 'PORT=3000\n', '.env': 'PORT=3000\n' },
      errors: [{ text: "'hunter2'" }],
      fixIndex: 1,
      output: 'const dbPassword = process.env.DB_PASSWORD;\n',
      outputFiles: { '.gitignore': 'node_modules/\n.env\n', '.env.example': 'PORT=3000\nDB_PASSWORD=\n', '.env': 'PORT=3000\nDB_PASSWORD=hunter2\n' },
    },
    {
      name: 'nested property: the container names the variable',
      code: "const config = { db: { password: 'S3cr3t!Pass' } };\n",
      errors: [{ text: "'S3cr3t!Pass'" }],
      output: 'const config = { db: { password: process.env.DB_PASSWORD } };\n',
      outputFiles: { '.env.example': 'DB_PASSWORD=\n' },
    },
    { name: 'property assignment', code: "this.clientSecret = 'q8Zr2LmN4vT9xK1pW7sY';\n", errors: [{ text: "'q8Zr2LmN4vT9xK1pW7sY'" }], output: 'this.clientSecret = process.env.CLIENT_SECRET;\n' },
    { name: 'parameter default', code: "function connect(password = 'h4rdc0ded!') { return db(password); }\n", errors: [{ text: "'h4rdc0ded!'" }], output: 'function connect(password = process.env.PASSWORD) { return db(password); }\n' },
    { name: 'class field', code: `class Api { private readonly apiKey = '${R}'; }\n`, errors: [{ text: `'${R}'` }], output: 'class Api { private readonly apiKey = process.env.API_KEY; }\n' },
    { name: 'JSX attribute', code: `export const App = () => <Widget apiKey="${R}" />;\n`, filename: 'src/App.tsx', errors: [{ text: `"${R}"` }], output: 'export const App = () => <Widget apiKey={process.env.API_KEY} />;\n' },
    {
      name: 'Authorization header with a literal bearer token keeps its scheme',
      code: `const api = axios.create({ headers: { Authorization: 'Bearer ${R}' } });\n`,
      errors: [{ text: `'Bearer ${R}'`, message: masked(R, /Bearer credential/) }],
      output: 'const api = axios.create({ headers: { Authorization: `Bearer ${process.env.API_TOKEN}` } });\n',
      fixIndex: 1,
      outputFiles: { '.env': `API_TOKEN=${R}\n` },
    },
    { name: 'x-api-key header', code: `fetch(url, { headers: { 'x-api-key': '${R}' } });\n`, errors: [{ text: `'${R}'` }] },
    { name: 'Basic credentials', code: `const h = { Authorization: 'Basic ${b64('admin:S3cr3tPass!')}' };\n`, errors: [{ text: `'Basic ${b64('admin:S3cr3tPass!')}'` }] },
    { name: 'jwt.sign secret argument', code: "import jwt from 'jsonwebtoken';\nconst token = jwt.sign(payload, 'literal-secret');\n", errors: [{ text: "'literal-secret'" }], output: "import jwt from 'jsonwebtoken';\nconst token = jwt.sign(payload, process.env.JWT_SECRET);\n" },
    { name: 'createHmac key', code: "const h = crypto.createHmac('sha256', 'hmac-s3cret-value');\n", errors: [{ text: "'hmac-s3cret-value'" }], output: "const h = crypto.createHmac('sha256', process.env.HMAC_SECRET);\n" },
    { name: 'express-session secret', code: "import session from 'express-session';\napp.use(session({ secret: 'keyboard cat' }));\n", errors: [{ text: "'keyboard cat'" }], output: "import session from 'express-session';\napp.use(session({ secret: process.env.SESSION_SECRET }));\n", fixIndex: 1, outputFiles: { '.env': "SESSION_SECRET='keyboard cat'\n" } },
    { name: 'cookie-parser secret', code: "app.use(cookieParser('c00kie-s3cret'));\n", errors: [{ text: "'c00kie-s3cret'" }], output: 'app.use(cookieParser(process.env.COOKIE_SECRET));\n' },
    { name: 'comparison with a hardcoded password', code: "if (req.body.password === 'letmein123') grant();\n", errors: [{ text: "'letmein123'" }] },
    { name: 'assignment to process.env', code: `process.env.API_TOKEN = '${R}';\n`, errors: [{ text: `'${R}'` }] },
    { name: 'UUID in a secret-named target', code: "const herokuApiKey = '550e8400-e29b-41d4-a716-446655440000';\n", errors: [{ text: "'550e8400-e29b-41d4-a716-446655440000'" }], output: 'const herokuApiKey = process.env.HEROKU_API_KEY;\n' },
    { name: 'express-basic-auth users map', code: "app.use(basicAuth({ users: { admin: 'Sup3rS3cret' } }));\n", errors: [{ text: "'Sup3rS3cret'" }] },
    { name: 'Sequelize positional password', code: "const sequelize = new Sequelize('app', 'root', 'Str0ngPassw0rd', { dialect: 'mysql' });\n", errors: [{ text: "'Str0ngPassw0rd'" }], output: "const sequelize = new Sequelize('app', 'root', process.env.DB_PASSWORD, { dialect: 'mysql' });\n" },
    { name: 'zod env schema default', code: "const env = z.object({ JWT_SECRET: z.string().min(10).default('supersecret-dev-123') }).parse(process.env);\n", errors: [{ text: "'supersecret-dev-123'", message: /'JWT_SECRET'/ }] },
    { name: 'convict default of a secret setting', code: "const conf = convict({ jwtSecret: { format: String, default: 'c0nv1ct-s3cret', env: 'JWT_SECRET' } });\n", errors: [{ text: "'c0nv1ct-s3cret'" }], output: "const conf = convict({ jwtSecret: { format: String, default: process.env.JWT_SECRET, env: 'JWT_SECRET' } });\n" },
    { name: 'computed key through a constant', code: `const API_KEY_HEADER = 'x-api-key';\nconst h = { [API_KEY_HEADER]: '${R}' };\n`, errors: [{ text: `'${R}'` }] },
    { name: 'header tuples', code: `const headers = new Headers([['Authorization', 'Bearer ${R}'], ['Accept', 'application/json']]);\n`, errors: [{ text: `'Bearer ${R}'` }] },
    { name: 'webpack DefinePlugin value', code: `new webpack.DefinePlugin({ 'process.env.API_KEY': JSON.stringify('${R}') });\n`, filename: 'webpack.config.js', errors: [{ text: `'${R}'` }], output: "new webpack.DefinePlugin({ 'process.env.API_KEY': JSON.stringify(process.env.API_KEY) });\n" },
    { name: 'Authorization header inside a command line: reported, no fix', code: `execSync('curl -sSf -H "Authorization: Bearer ${R}" https://api.internal.net');\n`, errors: [{ text: `'curl -sSf -H "Authorization: Bearer ${R}" https://api.internal.net'`, message: masked(R, /Authorization header value/) }] },
    { name: 'provider token in an example file is still reported', code: `module.exports = { stripeKey: '${FAKE.stripeShortLive}' };\n`, filename: 'config.sample.js', errors: [{ text: `'${FAKE.stripeShortLive}'` }] },
    { name: 'made-up signing secret', code: "export const JWT_SECRET = 'my_jwt_secret_key_123';\n", errors: [{ text: "'my_jwt_secret_key_123'" }], output: 'export const JWT_SECRET = process.env.JWT_SECRET;\n' },

    // (c) URLs with embedded passwords
    {
      name: 'database URL with a password',
      code: "const url = 'postgres://admin:s3cr3t@db:5432/app';\n",
      errors: [{ range: [0, 12, 0, 49], message: masked('s3cr3t', /postgres:\/\/admin:…@db:5432/) }],
      output: 'const url = process.env.DATABASE_URL;\n',
      fixIndex: 1,
      outputFiles: { '.env.example': 'DATABASE_URL=\n', '.env': 'DATABASE_URL=postgres://admin:s3cr3t@db:5432/app\n' },
    },
    { name: 'mongo URL passed to the client', code: "mongoose.connect('mongodb+srv://admin:Xk92mPq7@cluster0.abcde.mongodb.net/app');\n", errors: [{ text: "'mongodb+srv://admin:Xk92mPq7@cluster0.abcde.mongodb.net/app'" }], output: 'mongoose.connect(process.env.MONGODB_URI);\n' },
    { name: 'template URL with an interpolated host: reported, no fix', code: 'const url = `postgres://admin:s3cr3t@${host}:5432/app`;\n', errors: [{ text: '`postgres://admin:s3cr3t@${host}:5432/app`' }] },
    { name: 'connection string with Password=', code: "const conn = 'Server=db;Database=app;User Id=app;Password=P@ssw0rd!2024;';\n", errors: [{ text: "'Server=db;Database=app;User Id=app;Password=P@ssw0rd!2024;'", message: /^Connection string with an embedded password/ }], output: 'const conn = process.env.DB_CONNECTION_STRING;\n' },
    { name: 'API key in a query string', code: `const res = await fetch('https://api.weather.io/v1?q=London&api_key=${R}');\n`, errors: [{ text: `'https://api.weather.io/v1?q=London&api_key=${R}'`, message: masked(R) }] },

    // Test files
    { name: 'generic secret in a test file: information', code: "const password = 'hunter22';\n", filename: 'src/user.test.ts', errors: [{ text: "'hunter22'", severity: 'information' }] },
    { name: 'generic secret under __tests__/: information', code: `const apiKey = '${R}';\n`, filename: 'src/__tests__/client.ts', errors: [{ text: `'${R}'`, severity: 'information' }] },
    { name: 'provider token in a test file keeps its severity', code: `const token = '${FAKE.githubToken}';\n`, filename: 'test/github.spec.ts', errors: [{ text: `'${FAKE.githubToken}'`, severity: 'error' }] },

    // YAML
    {
      name: 'docker-compose environment map',
      code: 'services:\n  db:\n    image: postgres\n    environment:\n      POSTGRES_PASSWORD: hunter2\n      POSTGRES_USER: app\n',
      filename: 'docker-compose.yml',
      errors: [{ range: [4, 25, 4, 32], text: 'hunter2', message: /POSTGRES_PASSWORD/ }],
    },
    {
      name: 'docker-compose environment list: the value part of KEY=value',
      code: 'services:\n  api:\n    environment:\n      - NODE_ENV=production\n      - JWT_SECRET=s3cr3t-v4lue\n      - "API_KEY=' + R + '"\n',
      filename: 'docker-compose.yml',
      errors: [{ range: [4, 19, 4, 31], text: 's3cr3t-v4lue' }, { text: R }],
    },
    {
      name: 'database URL with a password in compose',
      code: 'services:\n  api:\n    environment:\n      DATABASE_URL: postgres://shop:Tr0ub4dor-shop@db:5432/shop\n',
      filename: 'docker-compose.yml',
      errors: [{ text: 'postgres://shop:Tr0ub4dor-shop@db:5432/shop', message: masked('Tr0ub4dor-shop', /URL with an embedded password/) }],
    },
    { name: 'provider token in YAML', code: `services:\n  api:\n    environment:\n      STRIPE_SECRET_KEY: ${FAKE.stripeShortLive}\n`, filename: 'docker-compose.yml', errors: [{ text: FAKE.stripeShortLive, message: /Stripe live secret key/ }] },
    {
      name: 'committed Kubernetes Secret: base64 data and stringData',
      code: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  username: ${b64('admin')}\n  password: ${b64('s3cr3t-passw0rd')}\nstringData:\n  api-key: ${R}\n`,
      filename: 'k8s/secret.yaml',
      errors: [{ text: b64('s3cr3t-passw0rd'), message: /Kubernetes Secret/ }, { text: R, message: /Kubernetes Secret/ }],
    },
    {
      // Only the SealedSecret's ciphertext is exempt: a plain Secret in the same stream is still reported.
      name: 'a SealedSecret beside a committed Kubernetes Secret',
      code: `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db\nspec:\n  encryptedData:\n    password: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq0Ag8jv7sOFG0lJZxP4gMx2L6F7qvTqP0bKcG5Q9PfWm2GpN8rYv5sLx3Ue1HnA7t\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: db-plain\nstringData:\n  password: ${R}\n`,
      filename: 'k8s/secrets.yaml',
      errors: [{ range: [13, 12, 13, 12 + R.length], message: /Kubernetes Secret/ }],
    },
    {
      name: 'Kubernetes container env name/value',
      code: 'spec:\n  containers:\n    - name: api\n      env:\n        - name: DB_PASSWORD\n          value: "s3cr3tPa55"\n        - name: LOG_LEVEL\n          value: info\n',
      filename: 'k8s/deploy.yaml',
      errors: [{ text: '"s3cr3tPa55"', message: /DB_PASSWORD/ }],
    },
    { name: 'GitHub workflow env literal instead of a secret', code: 'jobs:\n  b:\n    env:\n      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n      DEPLOY_TOKEN: 9fK2xLq8mZ4vT7nR3pW6\n', filename: '.github/workflows/ci.yml', errors: [{ range: [4, 20, 4, 40] }] },
    { name: 'redis --requirepass in a compose command', code: 'services:\n  redis:\n    command: redis-server --requirepass R3d1s-Pr0d-Pw\n', filename: 'docker-compose.yml', errors: [{ text: 'redis-server --requirepass R3d1s-Pr0d-Pw', message: /REDIS_PASSWORD/ }] },
    { name: 'Render key/value env pairs', code: 'services:\n  - type: web\n    envVars:\n      - key: JWT_SECRET\n        value: jw7-s3cr3t-pr0d\n      - key: NODE_ENV\n        value: production\n', filename: 'render.yaml', errors: [{ range: [4, 15, 4, 30], message: /'JWT_SECRET'/ }] },
    { name: 'token flag in a package.json script', code: '{\n  "name": "x",\n  "scripts": { "deploy": "vercel --prod --token Zk9sL2mQ7xV4pR8tW1yB" }\n}\n', filename: 'package.json', errors: [{ text: '"vercel --prod --token Zk9sL2mQ7xV4pR8tW1yB"', message: masked('Zk9sL2mQ7xV4pR8tW1yB', /--token/) }] },
    { name: 'app.yaml env_variables', code: "runtime: nodejs20\nenv_variables:\n  SESSION_SECRET: 'kd8Fh2Lq9Zx4Mv7N'\n  NODE_ENV: production\n", filename: 'app.yaml', errors: [{ text: "'kd8Fh2Lq9Zx4Mv7N'" }] },
    { name: 'YAML in a test folder: information', code: 'env:\n  API_SECRET: q8Zr2LmN4vT9xK1pW7sY\n', filename: 'test/fixtures/config.yml', errors: [{ text: 'q8Zr2LmN4vT9xK1pW7sY', severity: 'information' }] },

    // JSON config
    {
      name: 'JSON config file',
      code: `{\n  "db": { "password": "Pr0d-Db!2024" },\n  "stripe": { "secretKey": "${FAKE.stripeShortLive}" }\n}\n`,
      filename: 'config/default.json',
      errors: [{ range: [1, 22, 1, 36], text: '"Pr0d-Db!2024"' }, { text: `"${FAKE.stripeShortLive}"` }],
    },
  ],
});

describe('config/hardcoded-secret never echoes a secret', () => {
  const secrets = ['hunter2-Xy', FAKE.githubToken, FAKE.stripeLive, 'S3cr3t!Pass', R];
  for (const secret of secrets) {
    it(`messages and fix titles mask ${secret.slice(0, 6)}…`, async () => {
      const path = '/ws/src/index.ts';
      const code = `const dbPassword = '${secret}';\nconst url = 'postgres://admin:${secret.replace(/[^A-Za-z0-9]/g, '')}@db/app';\n`;
      const { facts } = memoryWorkspace({ [path]: code });
      const { findings } = await analyzeFile(path, code, facts, { rules: [hardcodedSecret] });
      assert.ok(findings.length >= 1);
      for (const finding of findings) {
        assert.ok(!finding.message.includes(secret), finding.message);
        for (const fix of finding.fixes) {
          assert.ok(!fix.title.includes(secret), fix.title);
          assert.equal(fix.safe, false, 'moving a secret is never a safe fix');
          // The value may only go to .env, never to .env.example or the source file.
          for (const change of fix.changes) {
            const written = change.edits.map((edit) => edit.newText).join('');
            if (!change.path.endsWith('/.env')) assert.ok(!written.includes(secret), `${change.path} must not receive the value`);
            // …and the change that carries it is marked, so the server never sends it to the editor.
            assert.equal(change.sensitive === true, change.path.endsWith('/.env'), `${change.path}: only the .env line is marked sensitive`);
          }
        }
      }
    });
  }

  it('offers the .env fix only with .env git-ignored (or ignored by the same fix)', async () => {
    const path = '/ws/src/index.ts';
    const code = "const dbPassword = 'hunter2';\n";
    const { facts } = memoryWorkspace({ [path]: code, '/ws/.gitignore': 'dist/\n' });
    const { findings } = await analyzeFile(path, code, facts, { rules: [hardcodedSecret] });
    const second = findings[0]!.fixes[1]!;
    assert.equal(second.changes[0]!.path, '/ws/.gitignore', '.gitignore is changed first');
    assert.equal(findings[0]!.fixes[0]!.isPreferred, true);
    assert.equal(second.isPreferred, false);
  });

  it('offers no fix of its own for a provider-format fallback (the read is already there)', async () => {
    const path = '/ws/src/index.ts';
    const code = `const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '${FAKE.stripeLive}');\n`;
    const { facts } = memoryWorkspace({ [path]: code });
    const { findings } = await analyzeFile(path, code, facts, { rules: [hardcodedSecret] });
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0]!.fixes, []);
    assert.ok(!findings[0]!.message.includes(FAKE.stripeLive));
  });

  it('stays quiet on a generated random body of any length', async () => {
    const path = '/ws/src/index.ts';
    const code = `const requestId = '${body(40)}';\nconst etag = '${FAKE.hex64}';\n`;
    const { facts } = memoryWorkspace({ [path]: code });
    const { findings } = await analyzeFile(path, code, facts, { rules: [hardcodedSecret] });
    assert.deepEqual(findings, []);
  });
});
